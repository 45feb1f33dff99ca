package id.go.lampungprov.kkb.reporting.application;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Load-test tooling (load-test EAR only): the peak heap use of the JVM over a stretch of work, from
 * the heap memory pools' peak usage.
 *
 * <p>Caveats: it is the whole JVM's heap, so other requests and garbage not yet collected count
 * too; the peaks are per pool (eden, survivor, old) and are summed although they need not have
 * coincided, so the figure is an upper bound; and resetting the peaks is JVM-wide, so two
 * measurements at once disturb each other.
 */
final class HeapPeak {

  static final String CAVEAT =
      "JVM-wide heap (other requests and uncollected garbage count), sum of each heap pool's peak"
          + " (peaks need not coincide): an upper bound for the report's own use";

  private final List<MemoryPoolMXBean> pools;
  private final long usedAtStart;

  private HeapPeak(List<MemoryPoolMXBean> pools) {
    this.pools = pools;
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    this.usedAtStart = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  /** Starts a measurement: the peaks from now on. */
  static HeapPeak start() {
    return new HeapPeak(
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList());
  }

  long usedAtStartBytes() {
    return usedAtStart;
  }

  /** The sum of the pools' peak use since {@link #start()}. */
  long peakBytes() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
