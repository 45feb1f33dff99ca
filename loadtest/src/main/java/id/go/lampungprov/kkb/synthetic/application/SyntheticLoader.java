package id.go.lampungprov.kkb.synthetic.application;

import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plans and writes the synthetic data in the background, {@value #CHUNK} Kampung KB (with their
 * persons, figures, events, participants and assessments) per transaction, so neither the
 * deployment nor one huge transaction waits for it.
 */
@Stateless
@PermitAll
public class SyntheticLoader {

  /** About 25,000 entities per transaction: big enough to amortise, small enough to hold. */
  static final int CHUNK = 200;

  private static final Logger LOG = Logger.getLogger(SyntheticLoader.class.getName());

  @EJB private SyntheticWriter writer;
  @Inject private SyntheticProgress progress;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void load(SyntheticSize size, long seed) {
    long started = System.nanoTime();
    String name = "Synthetic data (" + size.key() + ", seed " + seed + ")";
    SyntheticCounts total = SyntheticCounts.ZERO;
    try {
      SortedMap<String, String> villages =
          size.national() ? GazetteerIndex.allVillages() : GazetteerIndex.villagesOf("18");
      SyntheticPlan plan = SyntheticPlan.of(size, seed, villages);
      progress.loading(plan.sites().size());
      LOG.info(
          () ->
              name
                  + ": planned "
                  + plan.sites().size()
                  + " Kampung KB in "
                  + seconds(started)
                  + " s; writing "
                  + CHUNK
                  + " per transaction");
      SyntheticWriter.References refs = references();
      List<SyntheticPlan.Site> sites = plan.sites();
      for (int from = 0; from < sites.size(); from += CHUNK) {
        List<SyntheticPlan.Site> chunk = sites.subList(from, Math.min(sites.size(), from + CHUNK));
        total = total.plus(writer.write(List.copyOf(chunk), seed, refs));
        progress.written(total.kampungKb());
        long done = total.kampungKb();
        long rows = total.rows();
        LOG.info(
            () ->
                String.format(
                    Locale.ROOT,
                    "%s: %,d of %,d Kampung KB written (%,d rows) after %s s",
                    name,
                    done,
                    sites.size(),
                    rows,
                    seconds(started)));
      }
      total = total.plus(writer.writeBenchmark(plan.benchmark(), seed, refs));
      SyntheticCounts counts = total;
      progress.finished(SyntheticProgress.State.LOADED);
      LOG.info(() -> name + " loaded: " + counts + " in " + seconds(started) + " s");
    } catch (RuntimeException e) {
      progress.finished(SyntheticProgress.State.FAILED);
      SyntheticCounts counts = total;
      LOG.log(
          Level.SEVERE,
          name
              + " failed after "
              + counts
              + "; the database holds a partial load: start again on an empty database",
          e);
    }
  }

  /**
   * The default instrument is published by another start-up bean that this load does not wait for
   * at deployment (Payara refuses start-up dependency graphs with shared ancestors), so wait here.
   */
  private SyntheticWriter.References references() {
    long until = System.nanoTime() + 300_000_000_000L;
    while (true) {
      try {
        return writer.references();
      } catch (RuntimeException notYet) {
        if (System.nanoTime() > until) {
          throw notYet;
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw notYet;
        }
      }
    }
  }

  private static String seconds(long startedNanos) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
  }
}
