package id.go.lampungprov.kkb.documents.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VerificationRateLimitTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void anAddressGetsItsBudgetThenWaitsWhileOthersGoOn() {
    VerificationRateLimit limit = new VerificationRateLimit(6);
    long t = 5 * SECOND;
    for (int i = 0; i < 6; i++) {
      assertTrue(limit.acquire("10.0.0.1", t).isEmpty(), "request " + i);
    }
    OptionalLong wait = limit.acquire("10.0.0.1", t);
    assertEquals(10, wait.orElseThrow(), "one request per 10 s comes back");
    assertTrue(limit.acquire("10.0.0.2", t).isEmpty(), "another address is not affected");
    assertTrue(limit.acquire("10.0.0.1", t + 10 * SECOND).isEmpty(), "after Retry-After");
    assertTrue(limit.acquire("10.0.0.1", t + 10 * SECOND).isPresent());
  }

  @Test
  void itRemembersABoundedNumberOfAddresses() {
    VerificationRateLimit limit = new VerificationRateLimit(20);
    for (int i = 0; i < VerificationRateLimit.MAX_ADDRESSES + 500; i++) {
      limit.acquire("a" + i, SECOND);
    }
    assertEquals(VerificationRateLimit.MAX_ADDRESSES, limit.remembered());
  }
}
