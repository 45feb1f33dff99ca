package id.go.lampungprov.kkb.audit.application;

import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.audit.domain.AuditQuery;
import id.go.lampungprov.kkb.audit.domain.AuditRepository;
import id.go.lampungprov.kkb.audit.domain.AuditScope;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Read access to the audit trail, limited to the caller's scope: a regency's administrator sees the
 * entries about its regency, not the province's. There is deliberately no method that changes it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER})
public class AuditService {

  @Inject private AuditRepository entries;
  @Inject private ReaderScope reader;

  public Page<AuditEntry> search(AuditQuery query) {
    return entries.search(query, scope());
  }

  /**
   * The next chunk of an export: entries below {@code beforeId} (use {@link Long#MAX_VALUE} for the
   * first), newest first.
   */
  public List<AuditEntry> exportChunk(AuditQuery query, long beforeId, int limit) {
    return entries.before(query, scope(), beforeId, Math.min(limit, PageRequest.MAX_SIZE));
  }

  private AuditScope scope() {
    return reader.current();
  }
}
