package id.go.lampungprov.kkb.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.security.domain.LoginThrottle.Admitted;
import id.go.lampungprov.kkb.security.domain.LoginThrottle.Refused;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
  private static final String ATTACKER = "10.0.0.66";
  private static final String OWNER = "10.0.0.7";

  @Test
  void failuresFromOneAddressDelayThatAddressWithGrowingDelays() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(Admitted.class, throttle.admit("admin", ATTACKER, T0));
    }
    // Sixth attempt right away: refused, and the delays double.
    Refused first = assertInstanceOf(Refused.class, throttle.admit("admin", ATTACKER, T0));
    assertEquals(T0.plusSeconds(1), first.until());
    assertInstanceOf(Admitted.class, throttle.admit("admin", ATTACKER, T0.plusSeconds(1)));
    Refused second =
        assertInstanceOf(Refused.class, throttle.admit("admin", ATTACKER, T0.plusSeconds(1)));
    assertEquals(T0.plusSeconds(3), second.until());
  }

  @Test
  void aThousandFailuresFromOneAddressNeverStopTheOwnerElsewhere() {
    LoginThrottle throttle = new LoginThrottle();
    Instant now = T0;
    int checked = 0;
    for (int i = 0; i < 1000; i++) {
      now = now.plusMillis(10);
      if (throttle.admit("admin", ATTACKER, now) instanceof Admitted) {
        checked++;
      }
    }
    assertTrue(checked < 10, "checked " + checked);
    Admitted owner = assertInstanceOf(Admitted.class, throttle.admit("admin", OWNER, now));
    assertTrue(
        owner.delay().compareTo(LoginThrottle.PER_NAME.maxDelay()) <= 0,
        "at most a short wait: " + owner.delay());
    throttle.succeeded("admin", OWNER);
    assertEquals(Duration.ZERO, ((Admitted) throttle.admit("admin", OWNER, now)).delay());
    // The attacker's address is still delayed.
    assertInstanceOf(Refused.class, throttle.admit("admin", ATTACKER, now));
  }

  @Test
  void theDelayRunsFromTheMomentTheFailureIsKnown() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 5; i++) {
      throttle.admit("admin", ATTACKER, T0);
    }
    // The fifth password took two seconds to check: the one-second delay starts then.
    throttle.failed("admin", ATTACKER, T0.plusSeconds(2));
    Refused refused =
        assertInstanceOf(Refused.class, throttle.admit("admin", ATTACKER, T0.plusSeconds(2)));
    assertEquals(T0.plusSeconds(3), refused.until());
  }

  @Test
  void askingWhetherAnAddressMustWaitCountsNothing() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 4; i++) {
      throttle.admit("admin", ATTACKER, T0);
    }
    for (int i = 0; i < 100; i++) {
      assertFalse(throttle.refusedUntil("admin", ATTACKER, T0).isPresent());
    }
    throttle.admit("admin", ATTACKER, T0);
    assertEquals(T0.plusSeconds(1), throttle.refusedUntil("admin", ATTACKER, T0).orElseThrow());
    assertFalse(throttle.refusedUntil("admin", OWNER, T0).isPresent());
  }

  @Test
  void oneAddressTryingManyNamesIsDelayedToo() {
    LoginThrottle throttle = new LoginThrottle();
    int free = LoginThrottle.PER_ADDRESS.free();
    for (int i = 0; i < free; i++) {
      assertInstanceOf(Admitted.class, throttle.admit("user" + i, ATTACKER, T0));
    }
    assertInstanceOf(Refused.class, throttle.admit("someone-else", ATTACKER, T0));
    assertInstanceOf(Admitted.class, throttle.admit("someone-else", OWNER, T0));
  }

  @Test
  void manyAddressesGuessingOneNameOnlySlowItDown() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 200; i++) {
      throttle.admit("admin", "10.1.0." + i, T0);
    }
    Admitted owner = assertInstanceOf(Admitted.class, throttle.admit("admin", OWNER, T0));
    assertEquals(LoginThrottle.PER_NAME.maxDelay(), owner.delay());
  }

  @Test
  void unknownAndKnownNamesAreCountedAlikeAndQuietTimeForgets() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 6; i++) {
      guess(throttle, "nobody", ATTACKER, T0);
    }
    assertTrue(throttle.delayedUntil("NOBODY ", T0).isPresent(), "names are normalized");
    Instant later = T0.plus(Duration.ofMinutes(16));
    assertFalse(throttle.delayedUntil("nobody", later).isPresent());
    assertInstanceOf(Admitted.class, throttle.admit("nobody", ATTACKER, later));
  }

  @Test
  void anAdministratorsUnlockEndsTheDelaysOfTheName() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 8; i++) {
      guess(throttle, "siti", ATTACKER, T0);
    }
    assertTrue(throttle.delayedUntil("siti", T0).isPresent());
    throttle.clear("siti");
    assertFalse(throttle.delayedUntil("siti", T0).isPresent());
    assertInstanceOf(Admitted.class, throttle.admit("siti", ATTACKER, T0));
  }

  @Test
  void aSuccessTakesBackOnlyItsOwnAttemptOnTheAddress() {
    LoginThrottle throttle = new LoginThrottle();
    int free = LoginThrottle.PER_ADDRESS.free();
    for (int i = 0; i < free - 1; i++) {
      throttle.admit("victim" + i, ATTACKER, T0);
    }
    // Logging into one's own account in between does not reset the address.
    assertInstanceOf(Admitted.class, throttle.admit("insider", ATTACKER, T0));
    throttle.succeeded("insider", ATTACKER);
    assertInstanceOf(Admitted.class, throttle.admit("victim-x", ATTACKER, T0));
    assertInstanceOf(Refused.class, throttle.admit("victim-y", ATTACKER, T0));
  }

  @Test
  void theLockedMarkShowsTheLatestAddressDelayOnTheNameWithoutWalkingTheCounters() {
    ConcurrentMap<String, long[]> perAddress =
        new ConcurrentHashMap<>() {
          // A shared map walks the whole cluster's entries for these: the mark must not need them.
          @Override
          public Set<Map.Entry<String, long[]>> entrySet() {
            throw new AssertionError("walked every per-address counter");
          }

          @Override
          public KeySetView<String, long[]> keySet() {
            throw new AssertionError("walked every per-address counter");
          }
        };
    LoginThrottle throttle =
        new LoginThrottle(
            kind -> kind.equals("name-address") ? perAddress : new ConcurrentHashMap<>());
    assertFalse(throttle.delayedUntil("siti", T0).isPresent());
    int free = LoginThrottle.PER_NAME_AND_ADDRESS.free();
    Instant second = T0.plusSeconds(10);
    for (int i = 0; i < free; i++) {
      guess(throttle, "siti", "10.2.0.1", T0);
      guess(throttle, "siti", "10.2.0.2", second);
    }
    Instant latest = second.plus(LoginThrottle.PER_NAME_AND_ADDRESS.delayAfter(free));
    assertEquals(latest, throttle.delayedUntil("SITI", second).orElseThrow());
    assertFalse(throttle.delayedUntil("siti", latest).isPresent());
    assertFalse(throttle.delayedUntil("other", T0).isPresent());
  }

  @Test
  void anAttemptThatSucceedsLeavesNoMark() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < LoginThrottle.PER_NAME_AND_ADDRESS.free() - 1; i++) {
      guess(throttle, "siti", OWNER, T0);
    }
    assertInstanceOf(Admitted.class, throttle.admit("siti", OWNER, T0));
    throttle.succeeded("siti", OWNER);
    assertFalse(throttle.delayedUntil("siti", T0).isPresent());
  }

  /** A wrong password, as LoginProtection reports it: admitted, then known to have failed. */
  private static void guess(LoginThrottle throttle, String name, String address, Instant at) {
    if (throttle.admit(name, address, at) instanceof Admitted) {
      throttle.failed(name, address, at);
    }
  }
}
