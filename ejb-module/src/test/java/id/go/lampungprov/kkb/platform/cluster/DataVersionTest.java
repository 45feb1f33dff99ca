package id.go.lampungprov.kkb.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class DataVersionTest {

  /** One transaction at a time, as the container's registry shows it to the calling thread. */
  static final class Transactions implements TransactionSynchronizationRegistry {
    int status = Status.STATUS_NO_TRANSACTION;
    final Map<Object, Object> resources = new HashMap<>();
    final List<Synchronization> synchronizations = new ArrayList<>();

    void begin() {
      status = Status.STATUS_ACTIVE;
    }

    void end(int outcome) {
      synchronizations.forEach(Synchronization::beforeCompletion);
      status = outcome;
      synchronizations.forEach(s -> s.afterCompletion(outcome));
      synchronizations.clear();
      resources.clear();
      status = Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public Object getTransactionKey() {
      return status == Status.STATUS_NO_TRANSACTION ? null : this;
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      return status;
    }

    @Override
    public void setRollbackOnly() {
      status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
      return status == Status.STATUS_MARKED_ROLLBACK;
    }
  }

  private final Transactions tx = new Transactions();
  private final DataVersion version =
      new DataVersion(new ChangeCount(new ConcurrentHashMap<>()), tx);

  @Test
  void aChangeCountsOnlyOnceItsTransactionHasCommitted() {
    String before = version.current();
    tx.begin();
    version.changed();
    version.changed();
    // A reader during the transaction must not get a new tag for data it cannot see yet.
    assertEquals(before, version.current());
    tx.end(Status.STATUS_COMMITTED);
    String after = version.current();
    assertNotEquals(before, after);
    assertEquals(ChangeCount.next(before), after, "one transaction, one count");
  }

  @Test
  void aRolledBackChangeIsNotCounted() {
    String before = version.current();
    tx.begin();
    version.changed();
    tx.end(Status.STATUS_ROLLEDBACK);
    assertEquals(before, version.current());

    tx.begin();
    tx.setRollbackOnly();
    version.changed();
    tx.end(Status.STATUS_ROLLEDBACK);
    assertEquals(before, version.current());
  }

  @Test
  void aChangeOutsideATransactionCountsAtOnce() {
    String before = version.current();
    version.changed();
    assertEquals(ChangeCount.next(before), version.current());
    DataVersion noRegistry = new DataVersion(new ChangeCount(new ConcurrentHashMap<>()), null);
    String first = noRegistry.current();
    noRegistry.changed();
    assertNotEquals(first, noRegistry.current());
  }
}
