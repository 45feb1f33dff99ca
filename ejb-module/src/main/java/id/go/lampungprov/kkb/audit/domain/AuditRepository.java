package id.go.lampungprov.kkb.audit.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.List;

/** Reading the audit trail (writing is {@link AuditTrail}'s only). */
public interface AuditRepository {

  Page<AuditEntry> search(AuditQuery query);

  List<AuditEntry> forEntity(String entityType, String entityId);
}
