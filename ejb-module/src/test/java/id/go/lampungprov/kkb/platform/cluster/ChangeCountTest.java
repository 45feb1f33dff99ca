package id.go.lampungprov.kkb.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChangeCountTest {

  @Test
  void theVersionStaysUntilAChangeAndNeverComesBack() {
    ChangeCount count = new ChangeCount(new ConcurrentHashMap<>());
    String first = count.version();
    assertEquals(first, count.version());
    Set<String> seen = new HashSet<>();
    seen.add(first);
    for (int i = 0; i < 100; i++) {
      count.increment();
      assertTrue(seen.add(count.version()), "a version seen before: " + count.version());
    }
    assertTrue(count.version().endsWith(".100"), count.version());
  }

  @Test
  void aLostMapStartsANewEpochSoNoEarlierVersionRepeats() {
    ChangeCount before = new ChangeCount(new ConcurrentHashMap<>());
    String old = before.version();
    // every instance restarted: the shared map is empty again, the count starts at 0 again
    ChangeCount after = new ChangeCount(new ConcurrentHashMap<>());
    assertNotEquals(old, after.version());
    assertTrue(after.version().endsWith(".0"));
  }

  @Test
  void twoInstancesOnOneMapSeeTheSameVersionAndLoseNoChange() throws Exception {
    ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();
    ChangeCount a = new ChangeCount(shared);
    ChangeCount b = new ChangeCount(shared);
    assertEquals(a.version(), b.version());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 2000; i++) {
      ChangeCount c = i % 2 == 0 ? a : b;
      pool.execute(c::increment);
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    assertEquals(a.version(), b.version());
    assertTrue(a.version().endsWith(".2000"), a.version());
  }

  @Test
  void aChangeBeforeAnyReadAlsoStartsAnEpoch() {
    ChangeCount count = new ChangeCount(new ConcurrentHashMap<>());
    count.increment();
    assertTrue(count.version().endsWith(".1"), count.version());
    assertEquals("e.42", ChangeCount.next("e.41"));
  }
}
