package id.go.lampungprov.kkb.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
  private static final String HASH = PasswordHasher.hash("Correct-Horse-1".toCharArray());

  private static Account operator() {
    return new Account(
        "Operator.LT",
        new Account.Profile(
            "Siti", Nip.parse("nip", "19860926 201505 2 001"), "siti@example.go.id"),
        Role.REGENCY_OPERATOR,
        Scope.of("18.07"),
        HASH,
        T0);
  }

  @Test
  void newAccountsMustChangeTheirPasswordAndUserNamesAreLowerCase() {
    Account a = operator();
    assertEquals("operator.lt", a.username());
    assertTrue(a.mustChangePassword());
    a.changePassword(PasswordHasher.hash("Another-Pass-2".toCharArray()));
    assertFalse(a.mustChangePassword());
  }

  @Test
  void invariantsNameTheField() {
    assertEquals(
        "username",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new Account(
                        "a b",
                        new Account.Profile("X", null, null),
                        Role.VIEWER,
                        Scope.of("18"),
                        HASH,
                        T0))
            .field());
    assertEquals(
        "email",
        assertThrows(InvalidInputException.class, () -> new Account.Profile("X", null, "not-mail"))
            .field());
    assertEquals(
        "fullName",
        assertThrows(InvalidInputException.class, () -> new Account.Profile(" ", null, null))
            .field());
  }

  @Test
  void auditStateNeverHoldsTheHash() {
    assertFalse(operator().currentAuditState().toString().contains("PBKDF2"));
  }

  @Test
  void passwordsVerifyAndPolicyIsChecked() {
    assertTrue(PasswordHasher.verify("Correct-Horse-1".toCharArray(), HASH));
    assertFalse(PasswordHasher.verify("Correct-Horse-2".toCharArray(), HASH));
    assertFalse(PasswordHasher.verify("x".toCharArray(), "garbage"));
    assertEquals(
        "password-length",
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("p", "siti", "short"))
            .rule());
    assertEquals(
        "password-username",
        assertThrows(
                InvalidInputException.class,
                () -> PasswordPolicy.check("p", "siti", "my-SITI-password"))
            .rule());
  }

  @Test
  void scopeCoversItsDescendantsOnly() {
    Scope lampungTimur = Scope.of("18.07");
    assertTrue(
        lampungTimur.covers(id.go.lampungprov.kkb.region.domain.RegionCode.of("18.07.04.2003")));
    assertFalse(lampungTimur.covers(id.go.lampungprov.kkb.region.domain.RegionCode.of("18.01")));
    assertFalse(lampungTimur.covers(id.go.lampungprov.kkb.region.domain.RegionCode.of("18")));
    assertEquals("18.07.%", lampungTimur.descendantsPattern());
  }

  @Test
  void anAccountsAuditEntriesBelongToItsScopeAndAMoveToTheRegionCoveringBoth() {
    Account a = operator();
    assertEquals("18.07", a.auditRegion().value());
    a.rememberAuditState();
    java.util.Map<String, String> before = a.rememberedAuditState();
    a.assign(Role.REGENCY_OPERATOR, Scope.of("18.07.04"));
    assertEquals("18.07", a.auditRegionOfChange(before).value());
    a.assign(Role.REGENCY_OPERATOR, Scope.of("18.01"));
    assertEquals("18", a.auditRegionOfChange(before).value());
    a.rememberAuditState();
    assertEquals("18.01", a.auditRegionOfChange(a.rememberedAuditState()).value());
  }
}
