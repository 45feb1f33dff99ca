package id.go.lampungprov.kkb.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The version of the stored data, shared by every instance through the {@link DataGrid}: answers
 * derived from the data (the recap's {@code ETag}) are keyed by it, so a repeated request for
 * unchanged data is answered without computing it again.
 *
 * <p>Writers call {@link #changed()}; the audit trail does it for every entry about a change
 * (create, update, delete, transition), which is every change of an audited entity. The count moves
 * after the transaction commits, never before: a reader that takes the version and then reads the
 * data sees at least that version's data (a newer one at worst, under an older tag that is replaced
 * at the next request), never older data under a newer tag.
 */
@ApplicationScoped
public class DataVersion {

  private static final Logger LOG = Logger.getLogger(DataVersion.class.getName());
  private static final String MAP = "kkb-data-version";

  @Inject private DataGrid grid;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  private ChangeCount count;

  public DataVersion() {}

  /** For tests: a count and the transactions it follows. */
  DataVersion(ChangeCount count, TransactionSynchronizationRegistry transactions) {
    this.count = count;
    this.transactions = transactions;
  }

  @PostConstruct
  void connect() {
    count = new ChangeCount(grid.map(MAP));
  }

  /** The version now, e.g. {@code 3f2c…-….1742}. */
  public String current() {
    return count.version();
  }

  /**
   * The stored data changes: counted once when the current transaction commits (not at all when it
   * rolls back), or at once outside a transaction.
   */
  public void changed() {
    int status = transactions == null ? Status.STATUS_NO_TRANSACTION : status();
    if (status == Status.STATUS_MARKED_ROLLBACK) {
      return;
    }
    if (status != Status.STATUS_ACTIVE) {
      increment();
      return;
    }
    if (transactions.getResource(MAP) != null) {
      return; // this transaction already counts once
    }
    transactions.putResource(MAP, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing: only a committed change counts
          }

          @Override
          public void afterCompletion(int outcome) {
            if (outcome == Status.STATUS_COMMITTED) {
              increment();
            }
          }
        });
  }

  private int status() {
    try {
      return transactions.getTransactionStatus();
    } catch (RuntimeException e) {
      return Status.STATUS_NO_TRANSACTION;
    }
  }

  private void increment() {
    try {
      count.increment();
    } catch (RuntimeException e) {
      // The change is committed already; a lost count leaves cached answers stale until the next.
      LOG.log(Level.WARNING, "could not count a change of the data", e);
    }
  }
}
