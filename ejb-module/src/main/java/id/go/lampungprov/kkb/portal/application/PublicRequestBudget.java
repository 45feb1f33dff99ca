package id.go.lampungprov.kkb.portal.application;

import id.go.lampungprov.kkb.platform.cluster.DataGrid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many public requests (pages under {@code /publik/}, the API under {@code /api/public/}) one
 * client address may make: {@code KKB_PUBLIC_PER_MINUTE} (default 300) in each minute, counted in a
 * fixed one-minute window that starts with the address's first request. The counts live in a Data
 * Grid map, as the login throttle's do, so the instances of a cluster share one budget per address.
 * The public answers are cheap to send again (ETag, 304), so a client that keeps to the budget
 * loses nothing; a scraper or a flood gets 429 with Retry-After.
 *
 * <p>Bounded: past {@value #SWEEP_ABOVE} addresses, those whose window has ended are removed.
 */
@ApplicationScoped
public class PublicRequestBudget {

  static final String MAP = "kkb.public.requests";
  static final int SWEEP_ABOVE = 20_000;
  static final Duration WINDOW = Duration.ofMinutes(1);

  @Inject private DataGrid grid;

  private ConcurrentMap<String, long[]> counts;
  private int perWindow;

  public PublicRequestBudget() {}

  /** For tests: a plain map and a budget. */
  PublicRequestBudget(ConcurrentMap<String, long[]> counts, int perWindow) {
    this.counts = counts;
    this.perWindow = perWindow;
  }

  @PostConstruct
  void connect() {
    counts = grid.map(MAP);
    perWindow =
        ConfigProvider.getConfig()
            .getOptionalValue("kkb.public.per.minute", Integer.class)
            .filter(n -> n > 0)
            .orElse(300);
  }

  /** The requests an address may make per minute. */
  public int perMinute() {
    return perWindow;
  }

  /**
   * Counts one request of the address.
   *
   * @return empty when it may go ahead, else the seconds until the address's window ends (for
   *     Retry-After)
   */
  public OptionalLong acquire(String address) {
    return acquire(address, System.currentTimeMillis());
  }

  OptionalLong acquire(String address, long nowMillis) {
    long window = WINDOW.toMillis();
    // {start of the window, requests in it}; replaced, never changed in place, so the Data Grid's
    // compare-and-set sees every update.
    for (int attempt = 0; attempt < 10; attempt++) {
      long[] old = counts.get(address);
      long[] next;
      if (old == null || nowMillis - old[0] >= window) {
        next = new long[] {nowMillis, 1};
      } else if (old[1] >= perWindow) {
        return OptionalLong.of(Math.max(1, (old[0] + window - nowMillis + 999) / 1000));
      } else {
        next = new long[] {old[0], old[1] + 1};
      }
      boolean stored =
          old == null
              ? counts.putIfAbsent(address, next) == null
              : counts.replace(address, old, next);
      if (stored) {
        if (old == null && counts.size() > SWEEP_ABOVE) {
          sweep(nowMillis);
        }
        return OptionalLong.empty();
      }
    }
    // Contended beyond reason: let the request through rather than fail it.
    return OptionalLong.empty();
  }

  private void sweep(long nowMillis) {
    long window = WINDOW.toMillis();
    counts.entrySet().removeIf(e -> nowMillis - e.getValue()[0] >= window);
  }
}
