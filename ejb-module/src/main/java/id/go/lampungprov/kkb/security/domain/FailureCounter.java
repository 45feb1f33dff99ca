package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.security.domain.LoginThrottle.Policy;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * One of {@link LoginThrottle}'s counters: failed logins per key (a user name, an address, or both)
 * under one {@link Policy}, each key forgotten after a quiet window. An entry is stored as {@code
 * long[] {failures, last failure in epoch milliseconds}}: plain JDK values, which any instance of
 * the Data Grid can read. Every change is one atomic step on the map, so concurrent attempts on the
 * instances of a cluster count exactly.
 */
final class FailureCounter {

  /** Beyond this many keys, forgotten (quiet) entries are swept; memory stays bounded. */
  private static final int SWEEP_ABOVE = 50_000;

  private record Entry(int failures, Instant last) {
    static Entry of(long[] stored) {
      return stored == null ? null : new Entry((int) stored[0], Instant.ofEpochMilli(stored[1]));
    }

    long[] stored() {
      return new long[] {failures, last.toEpochMilli()};
    }
  }

  private final ConcurrentMap<String, long[]> map;
  private final Policy policy;

  FailureCounter(ConcurrentMap<String, long[]> map, Policy policy) {
    this.map = map;
    this.policy = policy;
  }

  /** Until when this key must wait; the epoch when it need not. */
  Instant until(String key, Instant now) {
    Entry entry = Entry.of(map.get(key));
    if (entry == null || forgotten(entry, now)) {
      return Instant.EPOCH;
    }
    return entry.last().plus(policy.delayAfter(entry.failures()));
  }

  /** One more failure, or the first one again once the earlier ones are forgotten. */
  void count(String key, Instant now) {
    map.compute(
        key,
        (k, stored) -> {
          Entry e = Entry.of(stored);
          return e == null || forgotten(e, now)
              ? new Entry(1, now).stored()
              : new Entry(e.failures() + 1, now).stored();
        });
  }

  /** The delay runs from now: the latest failure happened now, not when it was counted. */
  void touch(String key, Instant now) {
    map.computeIfPresent(
        key,
        (k, stored) -> {
          Entry e = Entry.of(stored);
          return e.last().isBefore(now) ? new Entry(e.failures(), now).stored() : stored;
        });
  }

  /** Takes back one failure, keeping the others. */
  void forgiveOne(String key) {
    map.computeIfPresent(
        key,
        (k, stored) -> {
          Entry e = Entry.of(stored);
          return e.failures() <= 1 ? null : new Entry(e.failures() - 1, e.last()).stored();
        });
  }

  void forget(String key) {
    map.remove(key);
  }

  void forgetAllStartingWith(String prefix) {
    // One key at a time: a shared map's key set is a copy.
    for (String key : map.keySet()) {
      if (key.startsWith(prefix)) {
        map.remove(key);
      }
    }
  }

  void sweep(Instant now) {
    sweep(map, stored -> forgotten(Entry.of(stored), now));
  }

  private boolean forgotten(Entry entry, Instant now) {
    return !entry.last().plus(policy.window()).isAfter(now);
  }

  /** Drops the entries {@code forgotten} tells, once the map has grown large. */
  static void sweep(ConcurrentMap<String, long[]> map, Predicate<long[]> forgotten) {
    if (map.size() > SWEEP_ABOVE) {
      // Entry by entry, and only if unchanged since read: a shared map's entry set is a copy.
      for (Map.Entry<String, long[]> e : map.entrySet()) {
        if (forgotten.test(e.getValue())) {
          map.remove(e.getKey(), e.getValue());
        }
      }
    }
    if (map.size() > 2 * SWEEP_ABOVE) {
      // A flood of distinct names or addresses: forgetting errs on the side of the owners.
      map.clear();
    }
  }
}
