package id.go.lampungprov.kkb.coaching.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInThrottleTest {

  private static final Instant NOW = Instant.parse("2020-06-05T02:00:00Z");

  @Test
  void anAddressIsStoppedAfterItsFailuresForFiveMinutes() {
    CheckInThrottle throttle = new CheckInThrottle(3, 100);
    for (int i = 0; i < 3; i++) {
      assertDoesNotThrow(() -> throttle.requireAllowed("10.0.0.1", 7L, NOW));
      throttle.failed("10.0.0.1", 7L, NOW);
    }
    assertEquals("too-many-attempts", rule(() -> throttle.requireAllowed("10.0.0.1", 7L, NOW)));
    assertEquals("too-many-attempts", rule(() -> throttle.requireAllowed("10.0.0.1", null, NOW)));
    assertDoesNotThrow(() -> throttle.requireAllowed("10.0.0.2", 7L, NOW), "another address");
    assertDoesNotThrow(() -> throttle.requireAllowed("10.0.0.1", 7L, NOW.plusSeconds(300)));
  }

  @Test
  void successesNeverCountSoAHallBehindOneAddressChecksIn() {
    CheckInThrottle throttle = new CheckInThrottle(3, 100);
    throttle.failed("10.0.0.1", 7L, NOW);
    throttle.failed("10.0.0.1", 7L, NOW);
    for (int i = 0; i < 200; i++) {
      assertDoesNotThrow(() -> throttle.requireAllowed("10.0.0.1", 7L, NOW));
    }
  }

  @Test
  void aLinkIsStoppedForAMinuteAfterFailuresFromManyAddresses() {
    CheckInThrottle throttle = new CheckInThrottle(100, 5);
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.0.1." + i, 7L, NOW);
    }
    assertEquals("too-many-attempts", rule(() -> throttle.requireAllowed("10.0.2.1", 7L, NOW)));
    assertDoesNotThrow(() -> throttle.requireAllowed("10.0.2.1", 8L, NOW), "another event");
    assertDoesNotThrow(() -> throttle.requireAllowed("10.0.2.1", 7L, NOW.plusSeconds(60)));
  }

  @Test
  void memoryStaysBoundedUnderAFloodOfAddresses() {
    CheckInThrottle.Counter counter =
        new CheckInThrottle.Counter(3, java.time.Duration.ofMinutes(5), 100);
    for (int i = 0; i < 1000; i++) {
      counter.add("addr-" + i, NOW);
    }
    assertEquals(100, counter.size());
  }

  private static String rule(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(InvalidInputException.class, call).rule();
  }
}
