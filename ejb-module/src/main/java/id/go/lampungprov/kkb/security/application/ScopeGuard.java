package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * A single record read by id: not found when there is none or when its region (from {@code
   * region}) lies outside the caller's scope, the two alike.
   */
  public <T> T readable(Optional<T> found, Function<T, RegionCode> region, String entity, long id) {
    String key = String.valueOf(id);
    T record = found.orElseThrow(() -> new EntityNotFoundException(entity, key));
    checkRead(region.apply(record), entity, key);
    return record;
  }

  /** For a record being created, changed or removed. */
  public void checkWrite(RegionCode region) {
    if (!scope().covers(region)) {
      throw new AccessDeniedException(
          "region " + region.value() + " is outside your scope " + scope().region().value());
    }
  }
}
