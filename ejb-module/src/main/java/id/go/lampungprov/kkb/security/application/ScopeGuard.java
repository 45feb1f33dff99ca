package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Regional scoping in one place. Reads outside the caller's scope look exactly like missing records
 * (404), so existence is not revealed; writes outside it are refused (403). List queries restrict
 * themselves with {@link #scope()} ({@link Scope#descendantsPattern()}).
 */
@ApplicationScoped
public class ScopeGuard {

  @Inject private CurrentUser currentUser;

  public Scope scope() {
    return currentUser.scope();
  }

  /** For a single record being read: not found unless it lies in the caller's scope. */
  public void checkRead(RegionCode region, String entity, String key) {
    if (!scope().covers(region)) {
      throw new EntityNotFoundException(entity, key);
    }
  }

  /** For a record being created, changed or removed. */
  public void checkWrite(RegionCode region) {
    if (!scope().covers(region)) {
      throw new AccessDeniedException(
          "region " + region.value() + " is outside your scope " + scope().region().value());
    }
  }
}
