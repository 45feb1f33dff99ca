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
    maxPoolSize = 32,
    // After a database restart the pooled connections are dead: check each before handing it out
    // (Connection.isValid, at most every 2 s per connection) and drop them all on the first
    // failure, so the application recovers by itself instead of failing until Payara restarts.
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true"
    })
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
