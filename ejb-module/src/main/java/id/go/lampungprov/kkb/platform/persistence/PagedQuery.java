package id.go.lampungprov.kkb.platform.persistence;

import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filtered, paged JPQL list: optional conditions are added one by one, then one COUNT and one
 * page query run with the same parameters. Keeps every list endpoint to two queries; the
 * repositories' short lists (a record's history, a region's records) are built the same way.
 *
 * @param <T> the entity
 */
public final class PagedQuery<T> {

  private final Class<T> type;
  private final String alias;
  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> params = new HashMap<>();
  private final List<String> batched = new ArrayList<>();

  private PagedQuery(Class<T> type, String alias) {
    this.type = type;
    this.alias = alias;
  }

  public static <T> PagedQuery<T> of(Class<T> type, String alias) {
    return new PagedQuery<>(type, alias);
  }

  /** Adds {@code condition}, which uses the named parameter {@code :name}. */
  public PagedQuery<T> and(String condition, String name, Object value) {
    where.append(" AND ").append(condition);
    params.put(name, value);
    return this;
  }

  /**
   * Adds a case-insensitive "contains" on a text attribute; % and _ in the text match themselves.
   */
  public PagedQuery<T> containsIgnoreCase(String attribute, String name, String text) {
    return and("LOWER(" + attribute + ") LIKE :" + name + " ESCAPE '!'", name, containing(text));
  }

  /** A LIKE pattern (with {@code ESCAPE '!'}) for lower-cased text containing {@code text}. */
  public static String containing(String text) {
    return "%"
        + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
        + "%";
  }

  /**
   * Adds "the code is this region or lies below it". Kemendagri codes have fixed-width parts
   * (2.2.2.4 digits), so one prefix without the dot matches exactly that; a single LIKE prefix can
   * use an index, an OR of equality and LIKE makes H2 scan the table. The empty code (the national
   * scope's prefix) matches every row through the same condition.
   */
  public PagedQuery<T> within(String attribute, String regionCode) {
    return and(attribute + " LIKE :withinPrefix", "withinPrefix", regionCode + "%");
  }

  /**
   * Reads this collection of all rows of a page in one more query ({@code IN} the rows' ids), not
   * one query per row, as an eager element collection otherwise does.
   */
  public PagedQuery<T> batch(String collection) {
    batched.add(alias + "." + collection);
    return this;
  }

  private TypedQuery<T> batching(TypedQuery<T> rows) {
    for (String attribute : batched) {
      // EclipseLink's query hints (QueryHints.BATCH, BATCH_TYPE), named here so that the code
      // compiles against the JPA API alone.
      rows.setHint("eclipselink.batch", attribute);
      rows.setHint("eclipselink.batch.type", "IN");
    }
    return rows;
  }

  /** All rows in that order: for short lists, such as one record's history. */
  public List<T> all(EntityManager em, String orderBy) {
    return rows(em, orderBy).getResultList();
  }

  /** The first {@code limit} rows in that order, without counting all (for keyset paging). */
  public List<T> first(EntityManager em, String orderBy, int limit) {
    return rows(em, orderBy).setMaxResults(limit).getResultList();
  }

  private TypedQuery<T> rows(EntityManager em, String orderBy) {
    TypedQuery<T> rows =
        em.createQuery(
            "SELECT "
                + alias
                + " FROM "
                + type.getSimpleName()
                + " "
                + alias
                + where
                + " ORDER BY "
                + orderBy,
            type);
    params.forEach(rows::setParameter);
    return batching(rows);
  }

  public Page<T> page(EntityManager em, String orderBy, PageRequest page) {
    String from = " FROM " + type.getSimpleName() + " " + alias + where;
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class);
    TypedQuery<T> rows = em.createQuery("SELECT " + alias + from + " ORDER BY " + orderBy, type);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    List<T> content =
        batching(rows).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(content, count.getSingleResult(), page.page(), page.size());
  }
}
