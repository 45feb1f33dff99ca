package id.go.lampungprov.kkb.coaching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckInCodeTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_KEY =
      "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

  @Test
  void sixDigitsThatDependOnKeyEventAndParticipant() {
    String code = CheckInCode.of(KEY, 7, 11);
    assertTrue(code.matches("[0-9]{6}"), code);
    assertEquals(code, CheckInCode.of(KEY, 7, 11), "the same each time: nothing stored");
    assertNotEquals(code, CheckInCode.of(KEY, 8, 11), "another event");
    assertNotEquals(code, CheckInCode.of(KEY, 7, 12), "another participant");
    assertNotEquals(code, CheckInCode.of(OTHER_KEY, 7, 11), "another key");
  }

  @Test
  void sixDigitsAreACodeAndAnythingLongerAPhoneNumber() {
    assertTrue(CheckInCode.isCode("123 456"));
    assertTrue(CheckInCode.isCode("123-456"));
    assertFalse(CheckInCode.isCode("0812 3456 7890"));
    assertFalse(CheckInCode.isCode("12345"));
    assertFalse(CheckInCode.isCode("Siti Rahayu"));
  }
}
