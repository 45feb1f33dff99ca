package id.go.lampungprov.kkb.platform.rest;

/** Tells a database that cannot be reached from other failures, which are bugs. */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /**
   * SQLSTATE class 08 (connection) or PostgreSQL's 57P01–57P03 (server shutting down or starting),
   * the pool unable to hand out a connection, or a commit the transaction manager could not
   * complete, anywhere in the cause chain.
   */
  public static boolean isUnavailable(Throwable t) {
    int depth = 0;
    for (Throwable c = t; c != null && depth++ < 20; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof java.sql.SQLTransientConnectionException
          || c instanceof java.sql.SQLNonTransientConnectionException
          || c.getClass().getName().startsWith("jakarta.resource.")
          // The transaction manager could not commit: the connection died under it.
          || c instanceof jakarta.transaction.SystemException
          || c instanceof javax.transaction.xa.XAException
          || c.getClass().getSimpleName().equals("PoolingException")) {
        return true;
      }
      if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
    }
    return false;
  }
}
