package id.go.lampungprov.kkb.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Folds failed logins into few audit entries: per user name and window (until {@link #QUIET} passes
 * without a failure), an entry at the 1st, 10th, 100th, 1000th… failure with the running count, and
 * a closing entry with the total when the window ends. A thousand guesses leave four or five
 * entries instead of a thousand, and the first one still shows at once.
 */
public final class FailedLoginDigest {

  public static final Duration QUIET = Duration.ofMinutes(15);
  private static final int MAX_ADDRESSES = 5;
  private static final int MAX_WINDOWS = 10_000;

  /** One audit entry to write: {@code username} is the actor. */
  public record Summary(
      String username,
      int failures,
      int refused,
      Instant first,
      Instant last,
      String lastAddress,
      String addresses,
      boolean closing) {

    public String detail() {
      StringBuilder text = new StringBuilder();
      text.append(failures).append(failures == 1 ? " failed login" : " failed logins");
      if (refused > 0) {
        text.append(" (").append(refused).append(" refused unchecked while delayed)");
      }
      if (failures > 1) {
        text.append(" between ").append(first).append(" and ").append(last);
      }
      text.append(" from ").append(addresses);
      if (closing) {
        text.append("; window closed");
      }
      return text.toString();
    }
  }

  private static final class Window {
    final Instant first;
    Instant last;
    int failures;
    int refused;
    int written;
    String lastAddress;
    final Map<String, Integer> addresses = new LinkedHashMap<>();

    Window(Instant first) {
      this.first = first;
      this.last = first;
    }

    Summary summary(String username, boolean closing) {
      written = failures;
      String from =
          addresses.entrySet().stream()
              .map(e -> e.getKey() + " ×" + e.getValue())
              .collect(Collectors.joining(", "));
      return new Summary(username, failures, refused, first, last, lastAddress, from, closing);
    }
  }

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /**
   * Counts one failure and returns the entries to write now: the closed previous window's total,
   * and the running count when it reached 1, 10, 100, …
   */
  public List<Summary> record(String username, String address, boolean refused, Instant now) {
    List<Summary> out = new ArrayList<>();
    if (windows.size() >= MAX_WINDOWS) {
      out.addAll(closeQuiet(now));
    }
    windows.compute(
        username,
        (k, w) -> {
          if (w != null && quiet(w, now)) {
            if (w.failures > w.written) {
              out.add(w.summary(username, true));
            }
            w = null;
          }
          Window window = w == null ? new Window(now) : w;
          window.last = now;
          window.failures++;
          if (refused) {
            window.refused++;
          }
          window.lastAddress = address;
          if (window.addresses.containsKey(address) || window.addresses.size() < MAX_ADDRESSES) {
            window.addresses.merge(address, 1, Integer::sum);
          } else {
            window.addresses.merge("others", 1, Integer::sum);
          }
          if (isPowerOfTen(window.failures)) {
            out.add(window.summary(username, false));
          }
          return window;
        });
    return out;
  }

  /** The closing entries of the windows that went quiet; they are forgotten. */
  public List<Summary> closeQuiet(Instant now) {
    List<Summary> out = new ArrayList<>();
    for (String username : List.copyOf(windows.keySet())) {
      windows.computeIfPresent(
          username,
          (k, w) -> {
            if (!quiet(w, now)) {
              return w;
            }
            if (w.failures > w.written) {
              out.add(w.summary(username, true));
            }
            return null;
          });
    }
    return out;
  }

  private static boolean quiet(Window w, Instant now) {
    return !w.last.plus(QUIET).isAfter(now);
  }

  static boolean isPowerOfTen(int n) {
    int x = n;
    while (x >= 10 && x % 10 == 0) {
      x /= 10;
    }
    return x == 1;
  }
}
