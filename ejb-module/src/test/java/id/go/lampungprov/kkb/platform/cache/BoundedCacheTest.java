package id.go.lampungprov.kkb.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void neverHoldsMoreThanItsSizeAndDropsTheLeastRecentlyUsed() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(3);
    for (int i = 0; i < 10_000; i++) {
      cache.put("key-" + i, i);
    }
    assertEquals(3, cache.size());
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
    cache.get("a"); // used: "b" is now the least recently used
    cache.put("d", 4);
    assertNull(cache.get("b"));
    assertEquals(1, cache.get("a"));
    assertEquals(3, cache.size());
  }

  @Test
  void computesOnlyWhatIsMissing() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    AtomicInteger computed = new AtomicInteger();
    assertEquals(5, cache.computeIfAbsent("x", k -> computed.incrementAndGet() + 4));
    assertEquals(5, cache.computeIfAbsent("x", k -> computed.incrementAndGet() + 4));
    assertEquals(1, computed.get());
  }
}
