package id.go.lampungprov.kkb.audit.infrastructure;

import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.audit.domain.AuditQuery;
import id.go.lampungprov.kkb.audit.domain.AuditRepository;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Page<AuditEntry> search(AuditQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    query.actor().ifPresent(v -> add(where, params, "a.actor = :actor", "actor", v));
    query.action().ifPresent(v -> add(where, params, "a.action = :action", "action", v));
    query.entityType().ifPresent(v -> add(where, params, "a.entityType = :type", "type", v));
    query.entityId().ifPresent(v -> add(where, params, "a.entityId = :id", "id", v));
    query
        .from()
        .ifPresent(
            v ->
                add(
                    where,
                    params,
                    "a.occurredAt >= :from",
                    "from",
                    LocalDateTime.ofInstant(v, ZoneOffset.UTC)));
    query
        .to()
        .ifPresent(
            v ->
                add(
                    where,
                    params,
                    "a.occurredAt < :to",
                    "to",
                    LocalDateTime.ofInstant(v, ZoneOffset.UTC)));
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
    TypedQuery<AuditEntry> rows =
        em.createQuery(
            "SELECT a FROM AuditEntry a" + where + " ORDER BY a.id DESC", AuditEntry.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    List<AuditEntry> content =
        rows.setFirstResult(query.page().offset())
            .setMaxResults(query.page().size())
            .getResultList();
    return new Page<>(content, count.getSingleResult(), query.page().page(), query.page().size());
  }

  @Override
  public List<AuditEntry> forEntity(String entityType, String entityId) {
    return em.createNamedQuery(AuditEntry.FIND_FOR_ENTITY, AuditEntry.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .getResultList();
  }

  private static void add(
      StringBuilder where,
      Map<String, Object> params,
      String condition,
      String name,
      Object value) {
    where.append(" AND ").append(condition);
    params.put(name, value);
  }
}
