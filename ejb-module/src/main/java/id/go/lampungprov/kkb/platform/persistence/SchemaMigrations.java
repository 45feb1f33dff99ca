package id.go.lampungprov.kkb.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

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
            .javaMigrations(javaMigrations())
            .validateMigrationNaming(true)
            .load();
  }

  /**
   * The Java migrations listed in {@code META-INF/services/}{@link JavaMigration}'s name. Listed,
   * not scanned: class-path scanning of Java migrations differs between application servers, a list
   * does not. Listed there, not here, so platform names no context: the migration loading the
   * regions belongs to {@code region}.
   */
  static JavaMigration[] javaMigrations() {
    List<JavaMigration> listed = new ArrayList<>();
    ServiceLoader.load(JavaMigration.class, SchemaMigrations.class.getClassLoader())
        .forEach(listed::add);
    if (listed.isEmpty()) {
      throw new IllegalStateException(
          "META-INF/services/" + JavaMigration.class.getName() + " lists no migration");
    }
    return listed.toArray(JavaMigration[]::new);
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
