package id.go.lampungprov.kkb.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class PublicRequestBudgetTest {

  @Test
  void anAddressGetsItsBudgetPerMinuteThenWaitsForTheWindowToEnd() {
    PublicRequestBudget budget = new PublicRequestBudget(new ConcurrentHashMap<>(), 3);
    long t = 1_000_000L;
    for (int i = 0; i < 3; i++) {
      assertTrue(budget.acquire("10.0.0.1", t + i).isEmpty());
    }
    OptionalLong wait = budget.acquire("10.0.0.1", t + 20_000);
    assertEquals(40, wait.getAsLong());
    // another address has its own budget
    assertTrue(budget.acquire("10.0.0.2", t + 20_000).isEmpty());
    // a new window after a minute
    assertTrue(budget.acquire("10.0.0.1", t + 60_000).isEmpty());
  }

  @Test
  void endedWindowsAreSweptPastTheBound() {
    ConcurrentHashMap<String, long[]> counts = new ConcurrentHashMap<>();
    PublicRequestBudget budget = new PublicRequestBudget(counts, 5);
    for (int i = 0; i <= PublicRequestBudget.SWEEP_ABOVE; i++) {
      counts.put("old-" + i, new long[] {0, 1});
    }
    assertTrue(budget.acquire("10.0.0.9", 120_000).isEmpty());
    assertEquals(1, counts.size());
  }
}
