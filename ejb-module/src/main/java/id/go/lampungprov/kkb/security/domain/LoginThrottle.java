package id.go.lampungprov.kkb.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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
 * forgets them, which only ever helps the owner. Each counter is a {@link FailureCounter}.
 *
 * <p>The administrators' "locked" mark reads the name's counter and the end of its latest
 * per-address delay, kept under the name when a failure is known (an attempt still being checked
 * shows once it has failed).
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

  private static final long SWEEP_EVERY_MILLIS = 10_000;

  private final FailureCounter pairs;
  private final FailureCounter addresses;
  private final FailureCounter names;
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
    this.pairs = new FailureCounter(maps.apply("name-address"), pairPolicy);
    this.addresses = new FailureCounter(maps.apply("address"), addressPolicy);
    this.names = new FailureCounter(maps.apply("name"), namePolicy);
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
        later(pairs.until(pairKey(name, address), now), addresses.until(address(address), now));
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
    Instant nameUntil = names.until(name, now);
    pairs.count(pair, now);
    addresses.count(address(address), now);
    names.count(name, now);
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
    pairs.touch(pair, now);
    addresses.touch(address(address), now);
    names.touch(name, now);
    // Only a known failure marks the name: an admitted attempt that succeeds never waited on it.
    long until = pairs.until(pair, now).toEpochMilli();
    if (until > now.toEpochMilli()) {
      pairDelays.merge(name, new long[] {until}, (old, mine) -> old[0] >= mine[0] ? old : mine);
    }
  }

  /** Takes back the attempt admitted for this right password. */
  public void succeeded(String username, String address) {
    String name = normalize(username);
    pairs.forget(pairKey(name, address));
    names.forget(name);
    // One failure forgiven, not all: logging into one's own account must not wipe the count of an
    // address that guesses other people's passwords.
    addresses.forgiveOne(address(address));
  }

  /** An administrator's unlock: every delay on this user name ends, from every address. */
  public void clear(String username) {
    String name = normalize(username);
    names.forget(name);
    pairDelays.remove(name);
    pairs.forgetAllStartingWith(name + '\0');
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
            names.until(name, now),
            pairDelay == null ? Instant.EPOCH : Instant.ofEpochMilli(pairDelay[0]));
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  private void sweep(Instant now) {
    long last = lastSweep.get();
    if (now.toEpochMilli() - last < SWEEP_EVERY_MILLIS
        || !lastSweep.compareAndSet(last, now.toEpochMilli())) {
      return;
    }
    pairs.sweep(now);
    addresses.sweep(now);
    names.sweep(now);
    FailureCounter.sweep(pairDelays, stored -> stored[0] <= now.toEpochMilli());
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
