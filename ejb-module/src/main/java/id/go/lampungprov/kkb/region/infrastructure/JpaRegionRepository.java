package id.go.lampungprov.kkb.region.infrastructure;

import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionRepository;
import id.go.lampungprov.kkb.region.domain.RegionSearch;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(em.find(Region.class, code.value()));
  }

  @Override
  public List<Region> children(RegionCode parent) {
    return em.createNamedQuery(Region.FIND_CHILDREN, Region.class)
        .setParameter("parent", parent.value())
        .getResultList();
  }

  @Override
  public List<Region> findAll(Collection<RegionCode> codes) {
    return em.createNamedQuery(Region.FIND_BY_CODES, Region.class)
        .setParameter("codes", codes.stream().map(RegionCode::value).distinct().toList())
        .getResultList();
  }

  @Override
  public Page<Region> search(RegionSearch search) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!search.text().isEmpty()) {
      where.append(" AND LOWER(r.name) LIKE :text ESCAPE '!'");
      params.put("text", "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
    }
    search
        .within()
        .ifPresent(
            w -> {
              where.append(" AND r.code LIKE :within");
              params.put("within", w.value() + ".%");
            });
    search
        .level()
        .ifPresent(
            l -> {
              where.append(" AND r.level = :level");
              params.put("level", l);
            });

    TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Region r" + where, Long.class);
    TypedQuery<Region> rows =
        em.createQuery("SELECT r FROM Region r" + where + " ORDER BY r.code", Region.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    List<Region> content =
        rows.setFirstResult(search.page().offset())
            .setMaxResults(search.page().size())
            .getResultList();
    return new Page<>(content, count.getSingleResult(), search.page().page(), search.page().size());
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
