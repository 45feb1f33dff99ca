package id.go.lampungprov.kkb.audit.infrastructure;

import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.audit.domain.AuditQuery;
import id.go.lampungprov.kkb.audit.domain.AuditRepository;
import id.go.lampungprov.kkb.audit.domain.AuditScope;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository extends JpaRepository implements AuditRepository {

  @Override
  public Page<AuditEntry> search(AuditQuery query, AuditScope scope) {
    return filtered(query, scope).page(em, "a.id DESC", query.page());
  }

  @Override
  public List<AuditEntry> before(AuditQuery query, AuditScope scope, long beforeId, int limit) {
    return filtered(query, scope)
        .and("a.id < :beforeId", "beforeId", beforeId)
        .first(em, "a.id DESC", limit);
  }

  private static PagedQuery<AuditEntry> filtered(AuditQuery query, AuditScope scope) {
    PagedQuery<AuditEntry> q = PagedQuery.of(AuditEntry.class, "a");
    // Fixed-width code parts make the prefix without a dot exact (see PagedQuery.within).
    String prefix = scope.prefix() + "%";
    if (scope.seesEntriesWithoutRegion()) {
      q.and("(a.region IS NULL OR a.region LIKE :scopePrefix)", "scopePrefix", prefix);
    } else {
      q.and("a.region LIKE :scopePrefix", "scopePrefix", prefix);
    }
    query.actor().ifPresent(v -> q.and("a.actor = :actor", "actor", v));
    query.action().ifPresent(v -> q.and("a.action = :action", "action", v));
    query.entityType().ifPresent(v -> q.and("a.entityType = :type", "type", v));
    query.entityId().ifPresent(v -> q.and("a.entityId = :id", "id", v));
    query.from().ifPresent(v -> q.and("a.occurredAt >= :from", "from", utc(v)));
    query.to().ifPresent(v -> q.and("a.occurredAt < :to", "to", utc(v)));
    return q;
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
