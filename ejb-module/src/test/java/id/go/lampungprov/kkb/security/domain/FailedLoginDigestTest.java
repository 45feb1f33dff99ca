package id.go.lampungprov.kkb.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.security.domain.FailedLoginDigest.Summary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailedLoginDigestTest {

  private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

  @Test
  void aThousandFailuresLeaveFourEntriesWithRunningCountsAndOneClosingTotal() {
    FailedLoginDigest digest = new FailedLoginDigest();
    List<Summary> written = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      written.addAll(digest.record("admin", "10.0.0.66", i > 5, T0.plusMillis(i)));
    }
    assertEquals(List.of(1, 10, 100, 1000), written.stream().map(Summary::failures).toList());
    assertTrue(written.get(3).detail().startsWith("1000 failed logins"), written.get(3).detail());
    assertTrue(written.get(3).detail().contains("10.0.0.66 ×1000"), written.get(3).detail());

    assertTrue(digest.closeQuiet(T0.plusSeconds(60)).isEmpty(), "still open");
    List<Summary> closing = digest.closeQuiet(T0.plus(Duration.ofMinutes(16)));
    assertEquals(1, closing.size());
    assertEquals(1234, closing.get(0).failures());
    assertEquals(1228, closing.get(0).refused());
    assertTrue(closing.get(0).closing());
    assertTrue(digest.closeQuiet(T0.plus(Duration.ofMinutes(30))).isEmpty(), "forgotten");
  }

  @Test
  void aFailureAfterAQuietWindowClosesTheOldOneAndStartsAnew() {
    FailedLoginDigest digest = new FailedLoginDigest();
    digest.record("siti", "a", false, T0);
    digest.record("siti", "b", false, T0);
    List<Summary> next = digest.record("siti", "c", false, T0.plus(Duration.ofMinutes(20)));
    assertEquals(2, next.size());
    assertEquals(2, next.get(0).failures());
    assertTrue(next.get(0).closing());
    assertEquals(1, next.get(1).failures());
    assertFalse(next.get(1).closing());
  }

  @Test
  void nothingIsWrittenTwiceForTheSameCount() {
    FailedLoginDigest digest = new FailedLoginDigest();
    digest.record("siti", "a", false, T0);
    assertTrue(digest.closeQuiet(T0.plus(Duration.ofMinutes(16))).isEmpty());
  }

  @Test
  void powersOfTen() {
    assertTrue(FailedLoginDigest.isPowerOfTen(1));
    assertTrue(FailedLoginDigest.isPowerOfTen(1000));
    assertFalse(FailedLoginDigest.isPowerOfTen(20));
    assertFalse(FailedLoginDigest.isPowerOfTen(101));
  }
}
