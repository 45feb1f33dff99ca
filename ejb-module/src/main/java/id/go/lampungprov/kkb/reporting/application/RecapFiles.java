package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.platform.cache.BoundedCache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The bytes of recently rendered recap files by entity tag ({@link RecapTag}), so the same recap
 * asked for again while the data is unchanged, by anyone allowed to read it, is not rendered twice.
 * A tag names one file for good (a change of the data is a new tag), so nothing here is ever stale,
 * only unused; this instance's memory only, bounded: {@link #MAX_ENTRIES} files of at most {@link
 * #MAX_BYTES} each, 16 MiB in all.
 */
@ApplicationScoped
public class RecapFiles {

  static final int MAX_ENTRIES = 16;
  static final int MAX_BYTES = 1 << 20;

  private final BoundedCache<String, byte[]> files = new BoundedCache<>(MAX_ENTRIES);

  /** The kept bytes of this tag, or null. Callers must not change them. */
  byte[] get(String tag) {
    return files.get(tag);
  }

  /** Keeps the file unless it is larger than {@link #MAX_BYTES}. */
  void put(String tag, byte[] data) {
    if (data.length <= MAX_BYTES) {
      files.put(tag, data);
    }
  }
}
