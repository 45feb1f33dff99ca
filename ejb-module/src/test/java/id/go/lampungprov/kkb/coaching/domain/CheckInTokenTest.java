package id.go.lampungprov.kkb.coaching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckInTokenTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aSignedTokenReadsBackAndIsTheSameForEveryLinkOfTheEvent() {
    String token = new CheckInToken(42).sign(KEY);
    assertEquals(42, CheckInToken.verify(token, KEY).eventId());
    assertEquals(token, new CheckInToken(42).sign(KEY));
  }

  @Test
  void anyChangeOrAnotherKeyIsTampering() {
    String token = new CheckInToken(42).sign(KEY);
    String otherEvent = "43" + token.substring(2);
    byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    assertEquals("tampered", rule(() -> CheckInToken.verify(otherEvent, KEY)));
    assertEquals("tampered", rule(() -> CheckInToken.verify(token, otherKey)));
    assertEquals("tampered", rule(() -> CheckInToken.verify("garbage", KEY)));
    assertEquals("tampered", rule(() -> CheckInToken.verify(null, KEY)));
  }

  @Test
  void anOldLinkWithItsOwnExpiryNoLongerWorks() {
    // The former format <event>.<expiry>.<mac over both> let a link live 180 minutes from when
    // staff made it, whatever the event's times; such links are refused now.
    String payload = "42.4102444800";
    String old = payload + "." + CheckInToken.mac(KEY, payload);
    assertEquals("tampered", rule(() -> CheckInToken.verify(old, KEY)));
  }

  private static String rule(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(InvalidInputException.class, call).rule();
  }
}
