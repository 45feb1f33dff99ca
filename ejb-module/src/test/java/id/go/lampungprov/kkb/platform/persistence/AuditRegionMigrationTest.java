package id.go.lampungprov.kkb.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.lampungprov.kkb.region.infrastructure.V2__LoadLampungRegions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V21 places the entries written before it in a region, and forgets typed unknown user names. */
class AuditRegionMigrationTest {

  @TempDir Path dataDir;

  @Test
  void existingEntriesGetTheRegionOfWhatTheyAreAbout() throws SQLException {
    DataSource h2 =
        EnvironmentDataSource.create(
            DatabaseSettings.from(Map.of("KKB_DATA_DIR", dataDir.toString()), null));
    Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(h2)
        .locations("classpath:db/migration")
        .javaMigrations(new V2__LoadLampungRegions(), new V20__PrefixIndexesOnPostgresql())
        .target("20")
        .load()
        .migrate();
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO account (id, username, full_name, role, scope_code, active, password_hash,"
              + " must_change_password, failed_logins, created_at, version) VALUES (41, 'op-lt',"
              + " 'Operator', 'REGENCY_OPERATOR', '18.07', TRUE, 'x', FALSE, 0,"
              + " CURRENT_TIMESTAMP, 0)");
      entry(s, "op-lt", "LOGIN_SUCCESS", "Account", "41", null);
      entry(s, "op-lt", "LOGOUT", "Account", null, null);
      entry(s, "Rahasia-Sekali-1", "LOGIN_FAILURE", "Account", null, "unknown user name");
      entry(s, "admin", "UPDATE", "Agency", "3", null);
      entry(s, "admin", "DELETE", "Person", "999", null);
    }

    new SchemaMigrations(h2).migrate();

    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT actor, action, region_code FROM audit_entry ORDER BY id")) {
      StringBuilder rows = new StringBuilder();
      while (rs.next()) {
        rows.append(rs.getString(1))
            .append(' ')
            .append(rs.getString(2))
            .append(' ')
            .append(rs.getString(3))
            .append('\n');
      }
      assertEquals(
          "op-lt LOGIN_SUCCESS 18.07\n"
              + "op-lt LOGOUT 18.07\n"
              + "(unknown) LOGIN_FAILURE 18\n"
              + "admin UPDATE 18\n"
              + "admin DELETE 18\n",
          rows.toString());
    }
  }

  private static void entry(
      Statement s, String actor, String action, String type, String id, String detail)
      throws SQLException {
    s.executeUpdate(
        "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, detail)"
            + " VALUES (CURRENT_TIMESTAMP, "
            + quote(actor)
            + ", "
            + quote(action)
            + ", "
            + quote(type)
            + ", "
            + quote(id)
            + ", "
            + quote(detail)
            + ")");
  }

  private static String quote(String v) {
    return v == null ? "NULL" : "'" + v + "'";
  }
}
