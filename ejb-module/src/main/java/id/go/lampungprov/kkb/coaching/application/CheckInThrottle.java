package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Slows down guessing on the public check-in page by counting failed attempts (numbers or codes
 * that match no invitee, forged links) in memory: per client address over five minutes and per
 * event link over one minute. Only failures count, because a whole village hall may reach the
 * server through one mobile-network address and every successful check-in must go through. The maps
 * are bounded (least recently used entries are dropped), so a flood of addresses cannot exhaust
 * memory; counts are per server and start again on restart.
 */
@ApplicationScoped
public class CheckInThrottle {

  static final String RULE = "too-many-attempts";
  static final int MAX_ADDRESSES = 10_000;
  static final int MAX_LINKS = 1_000;

  private final Counter perAddress;
  private final Counter perLink;

  public CheckInThrottle() {
    this(
        setting("kkb.checkin.max.failures.per.address", 15),
        setting("kkb.checkin.max.failures.per.link", 20));
  }

  CheckInThrottle(int failuresPerAddress, int failuresPerLink) {
    perAddress = new Counter(failuresPerAddress, Duration.ofMinutes(5), MAX_ADDRESSES);
    perLink = new Counter(failuresPerLink, Duration.ofMinutes(1), MAX_LINKS);
  }

  private static int setting(String name, int fallback) {
    return ConfigProvider.getConfig().getOptionalValue(name, Integer.class).orElse(fallback);
  }

  /**
   * @param eventId the link's event, or null while the link is not yet read
   * @throws InvalidInputException rule {@code too-many-attempts} while the address or the link has
   *     used up its failures
   */
  public void requireAllowed(String address, Long eventId, Instant now) {
    if (perAddress.blocked(address, now) || (eventId != null && perLink.blocked(eventId, now))) {
      throw new InvalidInputException(
          "phone",
          RULE,
          "too many failed attempts; wait a few minutes or go to the committee desk");
    }
  }

  /** Counts a failed attempt against the address and, once known, the link's event. */
  public void failed(String address, Long eventId, Instant now) {
    perAddress.add(address, now);
    if (eventId != null) {
      perLink.add(eventId, now);
    }
  }

  /** Failures per key in a fixed window that starts with the first failure. */
  static final class Counter {
    private final int limit;
    private final Duration window;
    private final Map<Object, long[]> counts;

    Counter(int limit, Duration window, int maxKeys) {
      this.limit = limit;
      this.window = window;
      this.counts =
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, long[]> eldest) {
              return size() > maxKeys;
            }
          };
    }

    synchronized boolean blocked(Object key, Instant now) {
      long[] c = current(key, now);
      return c != null && c[1] >= limit;
    }

    synchronized void add(Object key, Instant now) {
      long[] c = current(key, now);
      if (c == null) {
        counts.put(key == null ? "" : key, new long[] {now.toEpochMilli(), 1});
      } else {
        c[1]++;
      }
    }

    synchronized int size() {
      return counts.size();
    }

    private long[] current(Object key, Instant now) {
      long[] c = counts.get(key == null ? "" : key);
      if (c != null && now.toEpochMilli() - c[0] >= window.toMillis()) {
        counts.remove(key == null ? "" : key);
        return null;
      }
      return c;
    }
  }
}
