package id.go.lampungprov.kkb.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

  @Test
  void parsesThePrintedFormAndPrintsItBack() {
    Nip nip = Nip.parse("nip", "19860926 201505 1 001");
    assertEquals("198609262015051001", nip.value());
    assertEquals("19860926 201505 1 001", nip.formatted());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1986092620150510011", // 19 digits
        "19860931201505 1001", // 31 September
        "198609262015131001", // month 13 of appointment
        "198609262015053001", // sex 3
        "198609262015051000", // sequence 000
        "198609261995051001", // appointed at 8
        "19860926201505100a",
        "19860926201505100\u0661" // ARABIC-INDIC DIGIT ONE
      })
  void rejectsInvalidNumbersNamingTheField(String bad) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Nip.parse("signatoryNip", bad));
    assertEquals("signatoryNip", e.field());
    assertEquals("nip", e.rule());
  }
}
