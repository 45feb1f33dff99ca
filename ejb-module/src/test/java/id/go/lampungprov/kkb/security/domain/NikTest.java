package id.go.lampungprov.kkb.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class NikTest {

  private static final Predicate<String> DISTRICTS = Set.of("18.07.04")::contains;

  @Test
  void validNikIsMaskedEverywhereButReveal() {
    Nik nik = Nik.parse("nik", "1807045506900001", DISTRICTS); // woman, born 15 June 1990
    assertEquals("1807••••••••0001", nik.masked());
    assertEquals("1807••••••••0001", nik.toString());
    assertFalse(String.valueOf(nik).contains("550690"));
    assertEquals("1807045506900001", nik.reveal());
  }

  @Test
  void rulesAreNamed() {
    assertEquals("nik", rule("180704150690001"));
    assertEquals("nik-region", rule("1801041506900001"));
    assertEquals("nik-date", rule("1807043206900001"));
    assertEquals("nik-date", rule("1807047206900001")); // 72 - 40 = 32
    assertEquals("nik-date", rule("1807041513900001"));
    assertEquals("nik", rule("1807041506900000"));
  }

  @Test
  void onlyAsciiDigitsMakeANik() {
    assertEquals("nik", rule("180704150690000\u0661")); // ARABIC-INDIC DIGIT ONE
    assertEquals("nik", rule("18070415069\uFF100001")); // FULLWIDTH DIGIT ZERO
    assertEquals("nik", rule("1807041506\u0969\u09660001")); // Devanagari 3, Bengali 0
  }

  @Test
  void maskToleratesShortValues() {
    assertEquals("••••••••", Nik.mask("123"));
  }

  private static String rule(String value) {
    return assertThrows(InvalidInputException.class, () -> Nik.parse("nik", value, DISTRICTS))
        .rule();
  }
}
