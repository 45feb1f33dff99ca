package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.audit.application.ReaderScope;
import id.go.lampungprov.kkb.audit.domain.AuditScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the audit trail the region its current reader may see: the caller's scope. */
@ApplicationScoped
public class AuditReaderScope implements ReaderScope {

  @Inject private ScopeGuard scopeGuard;

  @Override
  public AuditScope current() {
    return scopeGuard.scope().region().map(AuditScope::new).orElseGet(AuditScope::national);
  }
}
