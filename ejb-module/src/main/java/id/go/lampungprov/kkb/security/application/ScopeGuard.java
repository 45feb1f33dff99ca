package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.security.domain.Role;
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
 * themselves with {@link #scope()} ({@link Scope#prefix()}) or {@link #visibleArea}. The national
 * scope covers every region and takes the same paths, with an empty code prefix.
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

  /**
   * For an area read as a whole whose existence is no secret (the country, see the national recap):
   * refused (403) unless the caller's scope covers it.
   */
  public void checkReadArea(Scope area) {
    if (!scope().covers(area)) {
      throw new AccessDeniedException(
          "the area " + area.code() + " is beyond your scope " + scope().code());
    }
  }

  /** For a record being created, changed or removed. */
  public void checkWrite(RegionCode region) {
    if (!scope().covers(region)) {
      throw new AccessDeniedException(
          "region " + region.value() + " is outside your scope " + scope().code());
    }
  }

  /**
   * Whether the caller administers accounts of {@code area}: those its scope covers, and national
   * accounts for a province administrator too. The province administrator is the installation's top
   * administrator (the first account is scoped to the province, and only it grants {@code ADMIN}),
   * so it is the one who creates and looks after the national accounts.
   */
  public boolean administersAccountsOf(Scope area) {
    return scope().covers(area) || (area.isNational() && administersNationalAccounts());
  }

  /** True for a national administrator and for a province administrator; see above. */
  public boolean administersNationalAccounts() {
    Scope own = scope();
    return currentUser.snapshot().role() == Role.ADMIN
        && (own.isNational() || own.region().orElseThrow().level() == RegionLevel.PROVINCE);
  }

  /** An account being created or changed, by its scope: 403 unless the caller administers it. */
  public void checkAccountWrite(Scope area) {
    if (!administersAccountsOf(area)) {
      throw new AccessDeniedException(
          "scope " + area.code() + " is outside your scope " + scope().code());
    }
  }

  /**
   * An account read by id: not found when there is none or when the caller does not administer it.
   */
  public <T> T readableAccount(Optional<T> found, Function<T, Scope> area, String entity, long id) {
    String key = String.valueOf(id);
    T record = found.orElseThrow(() -> new EntityNotFoundException(entity, key));
    if (!administersAccountsOf(area.apply(record))) {
      throw new EntityNotFoundException(entity, key);
    }
    return record;
  }

  /**
   * The area a list or count may cover: the asked region if the caller's scope covers it, the
   * caller's scope if nothing or something wider was asked, empty if the two do not overlap. A
   * national caller asking for nothing gets the national scope, whose region is empty: repositories
   * read an empty region as the empty code prefix.
   */
  public Optional<Scope> visibleArea(Optional<RegionCode> asked) {
    Scope scope = scope();
    if (asked.isEmpty()) {
      return Optional.of(scope);
    }
    if (scope.covers(asked.get())) {
      return Optional.of(Scope.of(asked.get()));
    }
    return scope.isWithin(asked.get()) ? Optional.of(scope) : Optional.empty();
  }
}
