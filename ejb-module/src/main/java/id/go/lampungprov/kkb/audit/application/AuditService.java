package id.go.lampungprov.kkb.audit.application;

import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.audit.domain.AuditQuery;
import id.go.lampungprov.kkb.audit.domain.AuditRepository;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Read access to the audit trail. There is deliberately no method that changes it. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER})
public class AuditService {

  @Inject private AuditRepository entries;

  public Page<AuditEntry> search(AuditQuery query) {
    return entries.search(query);
  }

  public List<AuditEntry> history(String entityType, String entityId) {
    return entries.forEntity(entityType, entityId);
  }
}
