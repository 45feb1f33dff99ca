package id.go.lampungprov.kkb.platform.cluster;

import java.util.UUID;
import java.util.concurrent.ConcurrentMap;

/**
 * The version of the stored data as one string, {@code <epoch>.<changes>}, kept under one key of a
 * map every instance shares. {@code changes} counts committed changes; {@code epoch} is drawn at
 * random when the key is first written, so when the map is lost (every instance stopped, or its
 * partition and the backup gone) the count starting again at 0 never repeats an earlier version.
 *
 * <p>Only atomic map operations ({@code putIfAbsent}, {@code replace}): on the Data Grid they are
 * single operations on the key's owner, so two instances counting at once lose no change.
 */
public final class ChangeCount {

  static final String KEY = "data-version";

  private final ConcurrentMap<String, String> map;

  public ChangeCount(ConcurrentMap<String, String> map) {
    this.map = map;
  }

  /** The version now; a fresh epoch the first time. */
  public String version() {
    String v = map.get(KEY);
    if (v != null) {
      return v;
    }
    String fresh = epoch() + ".0";
    String raced = map.putIfAbsent(KEY, fresh);
    return raced == null ? fresh : raced;
  }

  /** Counts one change; every later {@link #version()} differs from every earlier one. */
  public void increment() {
    while (true) {
      String old = map.get(KEY);
      if (old == null) {
        if (map.putIfAbsent(KEY, epoch() + ".1") == null) {
          return;
        }
      } else if (map.replace(KEY, old, next(old))) {
        return;
      }
    }
  }

  static String next(String version) {
    int dot = version.lastIndexOf('.');
    return version.substring(0, dot + 1) + (Long.parseLong(version.substring(dot + 1)) + 1);
  }

  private static String epoch() {
    return UUID.randomUUID().toString();
  }
}
