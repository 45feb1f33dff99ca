package id.go.lampungprov.kkb.platform.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class named in the application's {@code @DataSourceDefinition}. The container
 * pools its connections; it delegates to H2's or PostgreSQL's own data source as {@link
 * DatabaseSettings} decides, so one EAR runs on either database with nothing but environment
 * variables.
 */
public class EnvironmentDataSource implements DataSource {

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource delegate() throws SQLException {
    DataSource d = delegate;
    if (d == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create(DatabaseSettings.fromEnvironment());
        }
        d = delegate;
      }
    }
    return d;
  }

  static DataSource create(DatabaseSettings settings) throws SQLException {
    try {
      Class<?> type =
          Class.forName(
              settings.dataSourceClass(), true, EnvironmentDataSource.class.getClassLoader());
      Object ds = type.getDeclaredConstructor().newInstance();
      type.getMethod("setURL", String.class).invoke(ds, settings.url());
      type.getMethod("setUser", String.class).invoke(ds, settings.user());
      type.getMethod("setPassword", String.class).invoke(ds, settings.password());
      return (DataSource) ds;
    } catch (ClassNotFoundException e) {
      throw new SQLException(
          "JDBC driver " + settings.dataSourceClass() + " is not on the class path", e);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new SQLException("cannot configure " + settings.dataSourceClass(), cause);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
