package id.go.lampungprov.kkb.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Progressive delays after failed logins instead of a lock-out (OWASP ASVS 2.2.1), so that nobody
 * can lock a colleague out by typing wrong passwords. Three counters, each forgotten after a quiet
 * {@link Policy#window()}:
 *
 * <ul>
 *   <li>per user name <em>and</em> client address: after a few failures that address must wait
 *       before it may try this user name again (attempts meanwhile are refused unchecked);
 *   <li>per client address, whatever the user name: the same, with more free failures (an office
 *       behind one address), against one address trying many names;
 *   <li>per user name, whatever the address: a short wait before the password is checked, never a
 *       refusal, so guessing from many addresses is slowed while the owner still gets in.
 * </ul>
 *
 * User names are counted whether they exist or not, so the delays tell nothing about which exist.
 * An attempt counts as a failure from the moment it is admitted (concurrent guesses cannot slip
 * through before the first result is known); a success takes it back. The counters live in the maps
 * given: the instances of a cluster share them (platform.cluster.DataGrid), so a second instance
 * grants no second set of guesses. They are kept in memory only: a restart of the whole cluster
 * forgets them, which only ever helps the owner.
 *
 * <p>An entry is stored as {@code long[] {failures, last failure in epoch milliseconds}}: plain JDK
 * values, which any instance of the Data Grid can read. The administrators' "locked" mark reads the
 * name's counter and the end of its latest per-address delay, kept under the name when a failure is
 * known (an attempt still being checked shows once it has failed).
 */
public final class LoginThrottle {

  /**
   * @param free failures allowed without any delay
   * @param firstDelay the delay after the last free failure; doubled for each next
   * @param maxDelay the longest delay
   * @param window failures older than this (after the last one) are forgotten
   */
  public record Policy(int free, Duration firstDelay, Duration maxDelay, Duration window) {

    Duration delayAfter(int failures) {
      if (failures < free) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - free, 30);
      Duration delay = firstDelay.multipliedBy(1L << doublings);
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }

  /** What to do with a login attempt. */
  public sealed interface Admission {}

  /** Refused without checking the password: this address tried too often. */
  public record Refused(Instant until) implements Admission {}

  /** Check the password after waiting {@code delay} (zero mostly). */
  public record Admitted(Duration delay) implements Admission {}

  public static final Policy PER_NAME_AND_ADDRESS =
      new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
  public static final Policy PER_ADDRESS =
      new Policy(30, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
  public static final Policy PER_NAME =
      new Policy(10, Duration.ofMillis(250), Duration.ofSeconds(3), Duration.ofMinutes(15));

  /** Beyond this many keys, forgotten (quiet) entries are swept; memory stays bounded. */
  private static final int SWEEP_ABOVE = 50_000;

  private static final long SWEEP_EVERY_MILLIS = 10_000;

  private record Entry(int failures, Instant last) {
    static Entry of(long[] stored) {
      return stored == null ? null : new Entry((int) stored[0], Instant.ofEpochMilli(stored[1]));
    }

    long[] stored() {
      return new long[] {failures, last.toEpochMilli()};
    }
  }

  private final Policy pairPolicy;
  private final Policy addressPolicy;
  private final Policy namePolicy;
  private final ConcurrentMap<String, long[]> pairs;
  private final ConcurrentMap<String, long[]> addresses;
  private final ConcurrentMap<String, long[]> names;
  // Per user name, the end of the latest per-address delay on it ({@code long[] {epoch millis}}):
  // the "locked" mark is then one lookup instead of a walk over every address's counter (in a
  // shared map, a scan of the whole cluster's entries on each account answer).
  private final ConcurrentMap<String, long[]> pairDelays;
  private final AtomicLong lastSweep = new AtomicLong();

  /** The counters of this instance alone. */
  public LoginThrottle() {
    this(kind -> new ConcurrentHashMap<>());
  }

  /**
   * The counters in the maps {@code maps} gives for each kind: {@code name-address}, {@code
   * address}, {@code name} and {@code name-delay}.
   */
  public LoginThrottle(Function<String, ConcurrentMap<String, long[]>> maps) {
    this(PER_NAME_AND_ADDRESS, PER_ADDRESS, PER_NAME, maps);
  }

  public LoginThrottle(Policy pairPolicy, Policy addressPolicy, Policy namePolicy) {
    this(pairPolicy, addressPolicy, namePolicy, kind -> new ConcurrentHashMap<>());
  }

  private LoginThrottle(
      Policy pairPolicy,
      Policy addressPolicy,
      Policy namePolicy,
      Function<String, ConcurrentMap<String, long[]>> maps) {
    this.pairPolicy = pairPolicy;
    this.addressPolicy = addressPolicy;
    this.namePolicy = namePolicy;
    this.pairs = maps.apply("name-address");
    this.addresses = maps.apply("address");
    this.names = maps.apply("name");
    this.pairDelays = maps.apply("name-delay");
  }

  /**
   * Until when this address must wait before trying this user name, if it must; counts nothing.
   * Checked before anything else, remembered passwords included, so that a waiting address learns
   * nothing about its guesses.
   */
  public Optional<Instant> refusedUntil(String username, String address, Instant now) {
    String name = normalize(username);
    Instant until =
        later(
            until(pairs, pairKey(name, address), pairPolicy, now),
            until(addresses, address(address), addressPolicy, now));
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  /** Decides on an attempt and, when admitted, counts it as a failure until {@link #succeeded}. */
  public Admission admit(String username, String address, Instant now) {
    String name = normalize(username);
    String pair = pairKey(name, address);
    Optional<Instant> refused = refusedUntil(name, address, now);
    if (refused.isPresent()) {
      return new Refused(refused.get());
    }
    Instant nameUntil = until(names, name, namePolicy, now);
    count(pairs, pair, pairPolicy, now);
    count(addresses, address(address), addressPolicy, now);
    count(names, name, namePolicy, now);
    sweep(now);
    Duration wait = nameUntil.isAfter(now) ? Duration.between(now, nameUntil) : Duration.ZERO;
    return new Admitted(wait);
  }

  /**
   * The admitted attempt turned out wrong: its delays run from now, the moment the client learns
   * the result, rather than from its admission (PBKDF2 takes a while).
   */
  public void failed(String username, String address, Instant now) {
    String name = normalize(username);
    String pair = pairKey(name, address);
    touch(pairs, pair, now);
    touch(addresses, address(address), now);
    touch(names, name, now);
    // Only a known failure marks the name: an admitted attempt that succeeds never waited on it.
    long until = until(pairs, pair, pairPolicy, now).toEpochMilli();
    if (until > now.toEpochMilli()) {
      pairDelays.merge(name, new long[] {until}, (old, mine) -> old[0] >= mine[0] ? old : mine);
    }
  }

  private static void touch(ConcurrentMap<String, long[]> map, String key, Instant now) {
    map.computeIfPresent(
        key,
        (k, stored) -> {
          Entry e = Entry.of(stored);
          return e.last().isBefore(now) ? new Entry(e.failures(), now).stored() : stored;
        });
  }

  /** Takes back the attempt admitted for this right password. */
  public void succeeded(String username, String address) {
    String name = normalize(username);
    pairs.remove(pairKey(name, address));
    names.remove(name);
    // One failure forgiven, not all: logging into one's own account must not wipe the count of an
    // address that guesses other people's passwords.
    addresses.computeIfPresent(
        address(address),
        (k, stored) -> {
          Entry e = Entry.of(stored);
          return e.failures() <= 1 ? null : new Entry(e.failures() - 1, e.last()).stored();
        });
  }

  /** An administrator's unlock: every delay on this user name ends, from every address. */
  public void clear(String username) {
    String name = normalize(username);
    names.remove(name);
    pairDelays.remove(name);
    String prefix = name + '\0';
    // One key at a time: a shared map's key set is a copy.
    for (String key : pairs.keySet()) {
      if (key.startsWith(prefix)) {
        pairs.remove(key);
      }
    }
  }

  /**
   * Until when some address must wait before trying this user name again, or empty when none must
   * (the administrators' "locked" mark).
   */
  public Optional<Instant> delayedUntil(String username, Instant now) {
    String name = normalize(username);
    long[] pairDelay = pairDelays.get(name);
    Instant until =
        later(
            until(names, name, namePolicy, now),
            pairDelay == null ? Instant.EPOCH : Instant.ofEpochMilli(pairDelay[0]));
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  private static Instant until(Map<String, long[]> map, String key, Policy policy, Instant now) {
    return until(Entry.of(map.get(key)), policy, now);
  }

  private static Instant until(Entry entry, Policy policy, Instant now) {
    if (entry == null || forgotten(entry, policy, now)) {
      return Instant.EPOCH;
    }
    return entry.last().plus(policy.delayAfter(entry.failures()));
  }

  private static void count(
      ConcurrentMap<String, long[]> map, String key, Policy policy, Instant now) {
    map.compute(
        key,
        (k, stored) -> {
          Entry e = Entry.of(stored);
          return e == null || forgotten(e, policy, now)
              ? new Entry(1, now).stored()
              : new Entry(e.failures() + 1, now).stored();
        });
  }

  private static boolean forgotten(Entry entry, Policy policy, Instant now) {
    return !entry.last().plus(policy.window()).isAfter(now);
  }

  private void sweep(Instant now) {
    long last = lastSweep.get();
    if (now.toEpochMilli() - last < SWEEP_EVERY_MILLIS
        || !lastSweep.compareAndSet(last, now.toEpochMilli())) {
      return;
    }
    sweep(pairs, stored -> forgotten(Entry.of(stored), pairPolicy, now));
    sweep(addresses, stored -> forgotten(Entry.of(stored), addressPolicy, now));
    sweep(names, stored -> forgotten(Entry.of(stored), namePolicy, now));
    sweep(pairDelays, stored -> stored[0] <= now.toEpochMilli());
  }

  private static void sweep(ConcurrentMap<String, long[]> map, Predicate<long[]> forgotten) {
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

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String address(String address) {
    return address == null ? "" : address;
  }

  private static String pairKey(String name, String address) {
    return name + '\0' + address(address);
  }
}
