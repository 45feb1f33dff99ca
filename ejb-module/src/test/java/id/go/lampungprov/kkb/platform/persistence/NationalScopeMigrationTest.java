package id.go.lampungprov.kkb.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V26 lets an account hold the national scope ID, which is no row of the gazetteer, and the
 * database itself keeps it to the national roles.
 */
class NationalScopeMigrationTest {

  @TempDir Path dataDir;

  @Test
  void aViewerOrAdministratorMayHoldTheNationalScopeNoOtherRole() throws SQLException {
    DataSource h2 =
        EnvironmentDataSource.create(
            DatabaseSettings.from(Map.of("KKB_DATA_DIR", dataDir.toString()), null));
    new SchemaMigrations(h2).migrate();
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      insert(s, 51, "nasional", "VIEWER", "ID");
      insert(s, 52, "admin-nasional", "ADMIN", "ID");
      insert(s, 53, "op-lt", "REGENCY_OPERATOR", "18.07");
      assertThrows(SQLException.class, () -> insert(s, 54, "op-id", "REGENCY_OPERATOR", "ID"));
      assertThrows(SQLException.class, () -> insert(s, 55, "po-id", "PROVINCE_OFFICER", "ID"));
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM account WHERE scope_code = 'ID'")) {
        rs.next();
        assertEquals(2, rs.getInt(1));
      }
    }
  }

  private static void insert(Statement s, int id, String username, String role, String scope)
      throws SQLException {
    s.executeUpdate(
        "INSERT INTO account (id, username, full_name, role, scope_code, active, password_hash,"
            + " must_change_password, failed_logins, created_at, version) VALUES ("
            + id
            + ", '"
            + username
            + "', 'Test', '"
            + role
            + "', '"
            + scope
            + "', TRUE, 'x', FALSE, 0, CURRENT_TIMESTAMP, 0)");
  }
}
