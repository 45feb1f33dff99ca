package id.go.lampungprov.kkb.audit.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.List;

/** Reading the audit trail (writing is {@link AuditTrail}'s only). */
public interface AuditRepository {

  /** Entries matching the query that the scope sees, newest first, one page. */
  Page<AuditEntry> search(AuditQuery query, AuditScope scope);

  /**
   * Up to {@code limit} entries matching the query that the scope sees, with an id below {@code
   * beforeId}, newest first. Paging by the last id seen (keyset) instead of by offset keeps an
   * export free of duplicates and gaps while new entries are added.
   */
  List<AuditEntry> before(AuditQuery query, AuditScope scope, long beforeId, int limit);

  List<AuditEntry> forEntity(String entityType, String entityId);
}
