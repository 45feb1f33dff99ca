package id.go.lampungprov.kkb.platform.cache;

import id.go.lampungprov.kkb.platform.cluster.DataVersion;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Answers derived from the stored data (a page of a list, say), kept under the data's version
 * ({@link DataVersion}): asked again while nothing has changed, on any instance of the cluster, an
 * answer is not computed a second time. Every committed change is a new version, so a kept answer
 * is never stale, only unused; this instance's memory only, the least recently used dropped beyond
 * {@link #MAX_ENTRIES}.
 *
 * <p>The version is read before the answer is computed: an answer kept under a version holds at
 * least that version's data (see {@link DataVersion}). Callers check first that the caller may read
 * what the key names, and put into the key everything the answer depends on (the visible area, the
 * filters, the page), never the caller alone: two callers who see the same area share the answer.
 */
@ApplicationScoped
public class VersionedAnswers {

  /** With pages of at most 50 rows of about 1 KiB each: some 13 MiB at worst. */
  static final int MAX_ENTRIES = 256;

  private final BoundedCache<Key, Object> answers = new BoundedCache<>(MAX_ENTRIES);

  @Inject private DataVersion dataVersion;

  /** The data's version now; {@link DataVersion#current()} but in tests. */
  private Supplier<String> version;

  public VersionedAnswers() {}

  /** For tests: answers kept under the version {@code version} gives. */
  VersionedAnswers(Supplier<String> version) {
    this.version = version;
  }

  @PostConstruct
  void connect() {
    version = dataVersion::current;
  }

  /** What an answer is kept under: its kind (one per list), its key within it, the version. */
  private record Key(String kind, Object key, String version) {}

  /**
   * The kept answer for this kind and key at the current version, or {@code compute}'s, kept.
   *
   * @param kind the list or view, e.g. {@code "kampung-kb"}; answers of one kind share a type
   * @param key a value with {@code equals} (a record of the normalised filters)
   * @param reuse false to compute afresh (a client's {@code Cache-Control: no-cache}, a page too
   *     large to keep); the fresh answer is then not kept either
   */
  @SuppressWarnings("unchecked")
  public <T> T answer(String kind, Object key, boolean reuse, Supplier<T> compute) {
    if (!reuse) {
      return compute.get();
    }
    Key k = new Key(kind, key, version.get());
    return (T) answers.computeIfAbsent(k, ignored -> compute.get());
  }

  int size() {
    return answers.size();
  }
}
