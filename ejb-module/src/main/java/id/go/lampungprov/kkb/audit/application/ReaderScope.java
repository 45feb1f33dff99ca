package id.go.lampungprov.kkb.audit.application;

import id.go.lampungprov.kkb.audit.domain.AuditScope;

/**
 * The scope of whoever reads the audit trail now. Every context writes to the trail, the security
 * context among them, so the trail cannot ask security who is reading without a cycle: security
 * answers through this interface ({@code security.application.AuditReaderScope}, which asks {@code
 * ScopeGuard}, still the one place of scope checks).
 */
public interface ReaderScope {

  AuditScope current();
}
