package id.go.lampungprov.kkb.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Startup work that must happen once per database, not once per instance: the regions, the first
 * administrator, the default instrument, demo data. Each such task checks whether its data is there
 * and writes it if not, in one transaction that first takes this lock; instances starting together
 * on one PostgreSQL database therefore run the tasks one after the other, and the later one finds
 * the data there. A PostgreSQL transaction-level advisory lock: released by the commit or rollback,
 * never left behind by an instance that dies. H2 needs none: its file admits one instance only.
 */
public final class StartupLock {

  /** One key for all startup tasks ("KKB" in ASCII); no other code takes advisory locks. */
  static final long KEY = 0x4b4b42L;

  private static final String SQL = "SELECT pg_advisory_xact_lock(" + KEY + ")";

  private StartupLock() {}

  /** Waits for the lock within the caller's JTA transaction; held until it ends. */
  public static void holdUntilCommit(EntityManager em) {
    if (onPostgresql()) {
      em.createNativeQuery(SQL).getResultList();
    }
  }

  /** Waits for the lock within the transaction open on {@code c} (auto-commit off). */
  public static void holdUntilCommit(Connection c) throws SQLException {
    if (onPostgresql()) {
      try (PreparedStatement statement = c.prepareStatement(SQL)) {
        statement.executeQuery().close();
      }
    }
  }

  private static boolean onPostgresql() {
    return DatabaseSettings.fromEnvironment().url().startsWith("jdbc:postgresql:");
  }
}
