package id.go.lampungprov.kkb.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A cache of at most a fixed number of entries, dropping the least recently used: what the server
 * keeps in memory between requests must not grow with what clients send.
 */
public final class BoundedCache<K, V> {

  private final int maxEntries;
  private final LinkedHashMap<K, V> entries;

  public BoundedCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("a cache holds at least one entry");
    }
    this.maxEntries = maxEntries;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > BoundedCache.this.maxEntries;
          }
        };
  }

  public synchronized V get(K key) {
    return entries.get(key);
  }

  public synchronized void put(K key, V value) {
    entries.put(key, value);
  }

  public synchronized void remove(K key) {
    entries.remove(key);
  }

  /**
   * The cached value, or a new one computed outside the lock (a slow computation does not hold up
   * other callers; two may compute the same value at once, the last one is kept).
   */
  public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
    V cached = get(key);
    if (cached != null) {
      return cached;
    }
    V computed = compute.apply(key);
    put(key, computed);
    return computed;
  }

  /** Drops every entry whose value matches, e.g. all remembered credentials of one user. */
  public synchronized void removeValuesIf(Predicate<? super V> test) {
    entries.values().removeIf(test);
  }

  public synchronized int size() {
    return entries.size();
  }

  public int maxEntries() {
    return maxEntries;
  }
}
