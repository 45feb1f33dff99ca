package id.go.lampungprov.kkb.coaching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInTokenTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final Instant NOW = Instant.parse("2020-06-05T01:00:00Z");

  @Test
  void aSignedTokenReadsBackUntilItExpires() {
    String token = new CheckInToken(42, NOW.plusSeconds(3600)).sign(KEY);
    assertEquals(42, CheckInToken.verify(token, KEY, NOW).eventId());
    assertEquals("expired", rule(() -> CheckInToken.verify(token, KEY, NOW.plusSeconds(3600))));
  }

  @Test
  void anyChangeOrAnotherKeyIsTampering() {
    String token = new CheckInToken(42, NOW.plusSeconds(3600)).sign(KEY);
    String otherEvent = "43" + token.substring(2);
    String longer =
        token.replace(
            "." + (NOW.getEpochSecond() + 3600) + ".", "." + (NOW.getEpochSecond() + 99999) + ".");
    byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    assertEquals("tampered", rule(() -> CheckInToken.verify(otherEvent, KEY, NOW)));
    assertEquals("tampered", rule(() -> CheckInToken.verify(longer, KEY, NOW)));
    assertEquals("tampered", rule(() -> CheckInToken.verify(token, otherKey, NOW)));
    assertEquals("tampered", rule(() -> CheckInToken.verify("garbage", KEY, NOW)));
    assertEquals("tampered", rule(() -> CheckInToken.verify(null, KEY, NOW)));
  }

  private static String rule(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(InvalidInputException.class, call).rule();
  }
}
