package id.go.lampungprov.kkb.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What every JPA repository does the same way: the entity manager, a lookup by id that answers
 * empty instead of null, writing a new record at once, and flushing.
 */
public abstract class JpaRepository {

  @PersistenceContext protected EntityManager em;

  /** The record with that id, or empty. */
  protected <T> Optional<T> byId(Class<T> type, Object id) {
    return Optional.ofNullable(em.find(type, id));
  }

  /**
   * Writes a new record now, so a failure (a unique key, a check) and its audit entry belong to
   * this call, not to a later commit.
   */
  protected void persistNow(Object entity) {
    em.persist(entity);
    em.flush();
  }

  /** Writes pending changes now, for the same reason. */
  public void flush() {
    em.flush();
  }
}
