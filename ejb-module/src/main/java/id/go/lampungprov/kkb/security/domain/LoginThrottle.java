package id.go.lampungprov.kkb.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
 * through before the first result is known); a success takes it back. State is kept in memory: a
 * restart forgets it, which only ever helps the owner.
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

  private record Entry(int failures, Instant last) {}

  private final Policy pairPolicy;
  private final Policy addressPolicy;
  private final Policy namePolicy;
  private final Map<String, Entry> pairs = new ConcurrentHashMap<>();
  private final Map<String, Entry> addresses = new ConcurrentHashMap<>();
  private final Map<String, Entry> names = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong();

  public LoginThrottle() {
    this(PER_NAME_AND_ADDRESS, PER_ADDRESS, PER_NAME);
  }

  public LoginThrottle(Policy pairPolicy, Policy addressPolicy, Policy namePolicy) {
    this.pairPolicy = pairPolicy;
    this.addressPolicy = addressPolicy;
    this.namePolicy = namePolicy;
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
    touch(pairs, pairKey(name, address), now);
    touch(addresses, address(address), now);
    touch(names, name, now);
  }

  private static void touch(Map<String, Entry> map, String key, Instant now) {
    map.computeIfPresent(key, (k, e) -> e.last().isBefore(now) ? new Entry(e.failures(), now) : e);
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
        (k, e) -> e.failures() <= 1 ? null : new Entry(e.failures() - 1, e.last()));
  }

  /** An administrator's unlock: every delay on this user name ends, from every address. */
  public void clear(String username) {
    String name = normalize(username);
    names.remove(name);
    String prefix = name + '\0';
    pairs.keySet().removeIf(k -> k.startsWith(prefix));
  }

  /**
   * Until when some address must wait before trying this user name again, or empty when none must
   * (the administrators' "locked" mark).
   */
  public Optional<Instant> delayedUntil(String username, Instant now) {
    String name = normalize(username);
    String prefix = name + '\0';
    Instant until = until(names, name, namePolicy, now);
    for (Map.Entry<String, Entry> e : pairs.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        until = later(until, until(e.getValue(), pairPolicy, now));
      }
    }
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  private static Instant until(Map<String, Entry> map, String key, Policy policy, Instant now) {
    return until(map.get(key), policy, now);
  }

  private static Instant until(Entry entry, Policy policy, Instant now) {
    if (entry == null || forgotten(entry, policy, now)) {
      return Instant.EPOCH;
    }
    return entry.last().plus(policy.delayAfter(entry.failures()));
  }

  private static void count(Map<String, Entry> map, String key, Policy policy, Instant now) {
    map.compute(
        key,
        (k, e) ->
            e == null || forgotten(e, policy, now)
                ? new Entry(1, now)
                : new Entry(e.failures() + 1, now));
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
    sweep(pairs, pairPolicy, now);
    sweep(addresses, addressPolicy, now);
    sweep(names, namePolicy, now);
  }

  private static void sweep(Map<String, Entry> map, Policy policy, Instant now) {
    if (map.size() > SWEEP_ABOVE) {
      map.values().removeIf(e -> forgotten(e, policy, now));
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
