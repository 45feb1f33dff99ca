package id.go.lampungprov.kkb.audit.infrastructure;

import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.audit.domain.AuditQuery;
import id.go.lampungprov.kkb.audit.domain.AuditRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Page<AuditEntry> search(AuditQuery query) {
    PagedQuery<AuditEntry> q = PagedQuery.of(AuditEntry.class, "a");
    query.actor().ifPresent(v -> q.and("a.actor = :actor", "actor", v));
    query.action().ifPresent(v -> q.and("a.action = :action", "action", v));
    query.entityType().ifPresent(v -> q.and("a.entityType = :type", "type", v));
    query.entityId().ifPresent(v -> q.and("a.entityId = :id", "id", v));
    query.from().ifPresent(v -> q.and("a.occurredAt >= :from", "from", utc(v)));
    query.to().ifPresent(v -> q.and("a.occurredAt < :to", "to", utc(v)));
    return q.page(em, "a.id DESC", query.page());
  }

  private static LocalDateTime utc(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public List<AuditEntry> forEntity(String entityType, String entityId) {
    return em.createNamedQuery(AuditEntry.FIND_FOR_ENTITY, AuditEntry.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .getResultList();
  }
}
