package id.go.lampungprov.kkb.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date when the application is deployed, before any service runs. A failed
 * migration fails the deployment: an application on a half-migrated schema must not serve.
 */
@DataSourceDefinition(
    name = DatabaseMigrator.DATA_SOURCE,
    className = "id.go.lampungprov.kkb.platform.persistence.EnvironmentDataSource",
    minPoolSize = 1,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll
public class DatabaseMigrator {

  public static final String DATA_SOURCE = "java:app/jdbc/kampungkb";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private SchemaMigrations migrations;
  private Set<String> knownVersions;

  @PostConstruct
  void migrate() {
    LOG.info(() -> "Database: " + DatabaseSettings.fromEnvironment().describe());
    ApplicationDataSource.set(dataSource);
    migrations = new SchemaMigrations(dataSource);
    int applied = migrations.migrate();
    knownVersions = migrations.knownVersions();
    LOG.info(() -> "Schema migrations applied now: " + applied + "; " + status());
  }

  @Lock(LockType.READ)
  public MigrationStatus status() {
    return migrations.status(knownVersions);
  }
}
