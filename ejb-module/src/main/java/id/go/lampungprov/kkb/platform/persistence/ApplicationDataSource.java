package id.go.lampungprov.kkb.platform.persistence;

import javax.sql.DataSource;

/**
 * The application's data source for code that runs where JNDI's {@code java:app} is not available:
 * JPA callbacks fire when the transaction commits, after the component invocation has ended. The
 * container's data source object itself works from any thread and joins the current transaction.
 */
public final class ApplicationDataSource {

  private static volatile DataSource dataSource;

  private ApplicationDataSource() {}

  static void set(DataSource ds) {
    dataSource = ds;
  }

  public static DataSource get() {
    DataSource ds = dataSource;
    if (ds == null) {
      throw new IllegalStateException("the application has not finished starting");
    }
    return ds;
  }
}
