package id.go.lampungprov.kkb.platform.persistence;

import id.go.lampungprov.kkb.region.infrastructure.V2__LoadLampungRegions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The Flyway set-up, kept apart from the container so plain tests run the same migrations. */
public final class SchemaMigrations {

  private final DataSource dataSource;
  private final Flyway flyway;

  public SchemaMigrations(DataSource dataSource) {
    this.dataSource = dataSource;
    this.flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // Listed, not scanned: class-path scanning of Java migrations differs between
            // application servers, a list does not.
            .javaMigrations(new V2__LoadLampungRegions(), new V20__PrefixIndexesOnPostgresql())
            .validateMigrationNaming(true)
            .load();
  }

  /** Applies what is pending; returns how many migrations ran. */
  public int migrate() {
    return flyway.migrate().migrationsExecuted;
  }

  /** The versions this build ships. */
  public Set<String> knownVersions() {
    return Arrays.stream(flyway.info().all())
        .map(m -> m.getVersion() == null ? null : m.getVersion().getVersion())
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  /**
   * Reads Flyway's history table directly: cheap enough for a readiness probe that runs every few
   * seconds, and a real round trip to the database.
   */
  public MigrationStatus status(Set<String> knownVersions) {
    String current = null;
    int failed = 0;
    Set<String> applied = new HashSet<>();
    String database;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                // Flyway creates the table with quoted lower-case names on every database.
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      database = c.getMetaData().getDatabaseProductName();
      while (rs.next()) {
        if (rs.getBoolean(2)) {
          current = rs.getString(1);
          applied.add(current);
        } else {
          failed++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the migration history", e);
    }
    Set<String> pending = new HashSet<>(knownVersions);
    pending.removeAll(applied);
    return new MigrationStatus(current, pending.size(), failed, database);
  }
}
