package id.go.lampungprov.kkb.security.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.PasswordHasher;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The national scope goes through the same checks as every other scope. */
class ScopeGuardTest {

  private static final String HASH = PasswordHasher.hash("Correct-Horse-1".toCharArray());

  @Test
  void aNationalCallerListsTheWholeCountryOrWhatItAsks() {
    ScopeGuard national = guard(Role.VIEWER, Scope.NATIONAL);
    Scope all = national.visibleArea(Optional.empty()).orElseThrow();
    assertTrue(all.isNational());
    assertEquals("", all.prefix(), "no region: the empty prefix matches every code");
    assertEquals(
        Optional.of(Scope.of("31.71")), national.visibleArea(Optional.of(RegionCode.of("31.71"))));
    assertDoesNotThrow(() -> national.checkRead(RegionCode.of("31.71.01"), "Kampung KB", "1"));
    assertDoesNotThrow(() -> national.checkReadArea(Scope.NATIONAL));
  }

  @Test
  void aProvincialCallerIsLimitedAsBeforeAndRefusedTheCountry() {
    ScopeGuard lampungTimur = guard(Role.VIEWER, Scope.of("18.07"));
    assertEquals(Optional.of(Scope.of("18.07")), lampungTimur.visibleArea(Optional.empty()));
    assertEquals(
        Optional.of(Scope.of("18.07")),
        lampungTimur.visibleArea(Optional.of(RegionCode.of("18"))),
        "asked wider: the scope");
    assertEquals(
        Optional.of(Scope.of("18.07.04")),
        lampungTimur.visibleArea(Optional.of(RegionCode.of("18.07.04"))));
    assertEquals(Optional.empty(), lampungTimur.visibleArea(Optional.of(RegionCode.of("18.01"))));
    assertThrows(AccessDeniedException.class, () -> lampungTimur.checkReadArea(Scope.NATIONAL));
  }

  @Test
  void nationalAccountsAreLookedAfterByNationalAndProvinceAdministrators() {
    assertTrue(guard(Role.ADMIN, Scope.NATIONAL).administersAccountsOf(Scope.NATIONAL));
    assertTrue(guard(Role.ADMIN, Scope.NATIONAL).administersAccountsOf(Scope.of("18.07")));
    assertTrue(guard(Role.ADMIN, Scope.of("18")).administersAccountsOf(Scope.NATIONAL));
    assertFalse(guard(Role.ADMIN, Scope.of("18.07")).administersAccountsOf(Scope.NATIONAL));
    assertThrows(
        AccessDeniedException.class,
        () -> guard(Role.ADMIN, Scope.of("18.07")).checkAccountWrite(Scope.NATIONAL));
    assertFalse(guard(Role.ADMIN, Scope.of("18")).administersAccountsOf(Scope.of("31")));
  }

  private static ScopeGuard guard(Role role, Scope scope) {
    Account account =
        new Account("caller", new Account.Profile("Caller", null, null), role, scope, HASH, T0);
    CurrentUser user =
        new CurrentUser() {
          @Override
          public Account account() {
            return account;
          }

          @Override
          public AccountSnapshot snapshot() {
            return AccountSnapshot.of(account);
          }
        };
    ScopeGuard guard = new ScopeGuard();
    try {
      var field = ScopeGuard.class.getDeclaredField("currentUser");
      field.setAccessible(true);
      field.set(guard, user);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return guard;
  }

  private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
}
