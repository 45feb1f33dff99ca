package id.go.lampungprov.kkb.security.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password123",
        "Password1234",
        "P@ssw0rd2024!",
        "bismillah123",
        "Bismillah2026",
        "indonesia1945",
        "Sayang12345",
        "rahasia12345",
        "qwertyuiop",
        "1234567890",
        "Lampung2026!",
        "KampungKB2026"
      })
  void commonAndBreachedPasswordsAreRefused(String password) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> PasswordPolicy.check("newPassword", "siti", password));
    assertEquals("password-common", e.rule());
    assertEquals("newPassword", e.field());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Test-Password-2026",
        "Kampung-KB-Lampung-2026",
        "Temporary-Pw-1",
        "kuda-laut-biru-tujuh",
        "Sandi-Baru-2026"
      })
  void otherPasswordsPass(String password) {
    assertDoesNotThrow(() -> PasswordPolicy.check("newPassword", "siti", password));
  }
}
