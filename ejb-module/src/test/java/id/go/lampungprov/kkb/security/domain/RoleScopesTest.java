package id.go.lampungprov.kkb.security.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleScopesTest {

  private static final String HASH = PasswordHasher.hash("Correct-Horse-1".toCharArray());
  private static final Scope PROVINCE = Scope.of("18");
  private static final Scope REGENCY = Scope.of("18.07");
  private static final Scope DISTRICT = Scope.of("18.07.04");
  private static final Scope VILLAGE = Scope.of("18.07.04.2003");

  @Test
  void theTableOfRolesAndScopeLevels() {
    assertEquals(
        EnumSet.of(RegionLevel.PROVINCE, RegionLevel.REGENCY), RoleScopes.levelsFor(Role.ADMIN));
    assertEquals(EnumSet.of(RegionLevel.PROVINCE), RoleScopes.levelsFor(Role.PROVINCE_OFFICER));
    assertEquals(
        EnumSet.of(RegionLevel.REGENCY, RegionLevel.DISTRICT),
        RoleScopes.levelsFor(Role.REGENCY_OPERATOR));
    for (Role role : new Role[] {Role.ASSESSOR, Role.VIEWER}) {
      assertEquals(
          EnumSet.of(RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT),
          RoleScopes.levelsFor(role));
    }
  }

  @Test
  void aProvinceOfficerScopedToARegencyIsRefusedNamingTheScope() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> RoleScopes.requireLevelFits(Role.PROVINCE_OFFICER, REGENCY));
    assertEquals("scope", e.field());
    assertEquals("scope-level-for-role", e.rule());
  }

  @Test
  void everyRoleAndLevelIsCheckedByTheAccountItself() {
    Map<Scope, EnumSet<Role>> allowed =
        Map.of(
            PROVINCE, EnumSet.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.ASSESSOR, Role.VIEWER),
            REGENCY, EnumSet.of(Role.ADMIN, Role.REGENCY_OPERATOR, Role.ASSESSOR, Role.VIEWER),
            DISTRICT, EnumSet.of(Role.REGENCY_OPERATOR, Role.ASSESSOR, Role.VIEWER),
            VILLAGE, EnumSet.noneOf(Role.class));
    allowed.forEach(
        (scope, roles) -> {
          for (Role role : Role.values()) {
            if (roles.contains(role)) {
              assertDoesNotThrow(() -> account(role, scope), role + " at " + scope);
            } else {
              InvalidInputException e =
                  assertThrows(
                      InvalidInputException.class,
                      () -> account(role, scope),
                      role + " at " + scope);
              assertEquals("scope-level-for-role", e.rule(), role + " at " + scope);
            }
          }
        });
    // Raising an existing account is held to the same table.
    Account viewer = account(Role.VIEWER, REGENCY);
    InvalidInputException raised =
        assertThrows(
            InvalidInputException.class, () -> viewer.assign(Role.PROVINCE_OFFICER, REGENCY));
    assertEquals("scope", raised.field());
    assertEquals(Role.VIEWER, viewer.role(), "a refused change leaves the account as it was");
  }

  @Test
  void onlyAProvinceAdministratorGrantsTheAdministratorRole() {
    Account provinceAdmin = account(Role.ADMIN, PROVINCE);
    Account regencyAdmin = account(Role.ADMIN, REGENCY);
    assertDoesNotThrow(() -> provinceAdmin.requireMayGrant(Role.ADMIN, null));
    assertDoesNotThrow(() -> regencyAdmin.requireMayGrant(Role.REGENCY_OPERATOR, null));
    assertDoesNotThrow(() -> regencyAdmin.requireMayGrant(Role.VIEWER, null));

    InvalidInputException created =
        assertThrows(
            InvalidInputException.class, () -> regencyAdmin.requireMayGrant(Role.ADMIN, null));
    assertEquals("role", created.field());
    assertEquals("role-beyond-own-rights", created.rule());

    Account operator = account(Role.REGENCY_OPERATOR, REGENCY);
    InvalidInputException raised =
        assertThrows(
            InvalidInputException.class, () -> regencyAdmin.requireMayGrant(Role.ADMIN, operator));
    assertEquals("role-beyond-own-rights", raised.rule());

    // Keeping the role an account has is no grant: a regency administrator edits its own profile.
    assertDoesNotThrow(() -> regencyAdmin.requireMayGrant(Role.ADMIN, regencyAdmin));
    // Only administrators grant at all.
    assertThrows(
        InvalidInputException.class,
        () -> account(Role.PROVINCE_OFFICER, PROVINCE).requireMayGrant(Role.VIEWER, null));
  }

  @Test
  void theNationalScopeIsForViewersAndAdministratorsOnly() {
    assertEquals(EnumSet.of(Role.VIEWER, Role.ADMIN), RoleScopes.nationalRoles());
    for (Role role : Role.values()) {
      if (role == Role.VIEWER || role == Role.ADMIN) {
        Account national = assertDoesNotThrow(() -> account(role, Scope.NATIONAL), role.name());
        assertEquals(Scope.NATIONAL, national.scope());
      } else {
        InvalidInputException e =
            assertThrows(
                InvalidInputException.class, () -> account(role, Scope.NATIONAL), role.name());
        assertEquals("scope", e.field(), role.name());
        assertEquals("national-scope-role", e.rule(), role.name());
      }
    }
  }

  @Test
  void aNationalAccountKeepsItsRoleWhenChangedToAProvincialOne() {
    Account viewer = account(Role.VIEWER, Scope.NATIONAL);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> viewer.assign(Role.REGENCY_OPERATOR, Scope.NATIONAL));
    assertEquals("scope", e.field());
    assertEquals("national-scope-role", e.rule());
    assertEquals(Role.VIEWER, viewer.role());
    // Moving it into a province at the same time is fine.
    assertDoesNotThrow(() -> viewer.assign(Role.REGENCY_OPERATOR, REGENCY));
  }

  @Test
  void aNationalAdministratorGrantsTheAdministratorRole() {
    assertDoesNotThrow(() -> account(Role.ADMIN, Scope.NATIONAL).requireMayGrant(Role.ADMIN, null));
  }

  @Test
  void aNationalAccountsAuditEntriesBelongToNoSingleRegion() {
    assertEquals(null, account(Role.VIEWER, Scope.NATIONAL).auditRegion());
    assertEquals("18.07", account(Role.VIEWER, REGENCY).auditRegion().value());
  }

  private static Account account(Role role, Scope scope) {
    return new Account(
        "user-" + role.name().toLowerCase().replace('_', '-'),
        new Account.Profile("Test", null, null),
        role,
        scope,
        HASH,
        Instant.parse("2026-12-01T00:00:00Z"));
  }
}
