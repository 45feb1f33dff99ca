package id.go.lampungprov.kkb.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

  @Test
  void defaultsToAnH2FileInTheDataDirectory() {
    DatabaseSettings s = DatabaseSettings.from(Map.of("KKB_DATA_DIR", "/srv/kkb/data"), null);
    assertTrue(
        s.url().startsWith("jdbc:h2:file:/srv/kkb/data/kampung-kb;MODE=PostgreSQL"), s.url());
    assertEquals(DatabaseSettings.H2_DATA_SOURCE, s.dataSourceClass());
    assertEquals("jdbc:h2:file:/srv/kkb/data/kampung-kb", s.describe());
  }

  @Test
  void theEmbeddedDatabaseCompactsItsFileOnlyWhenHalfOfItIsFree(@TempDir Path dir)
      throws Exception {
    DatabaseSettings s = DatabaseSettings.from(Map.of("KKB_DATA_DIR", dir.toString()), null);
    try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'AUTO_COMPACT_FILL_RATE'")) {
      assertTrue(rs.next(), "H2 names the setting");
      assertEquals("50", rs.getString(1), "H2's own default, 90, rewrites a large file forever");
    }
  }

  @Test
  void withoutDataDirUsesTheServerInstance() {
    DatabaseSettings s = DatabaseSettings.from(Map.of(), "/opt/payara/domains/domain1");
    assertTrue(s.url().startsWith("jdbc:h2:file:/opt/payara/domains/domain1/data/"), s.url());
  }

  @Test
  void threeVariablesSelectPostgres() {
    DatabaseSettings s =
        DatabaseSettings.from(
            Map.of(
                "DB_URL", "jdbc:postgresql://127.0.0.1:5432/kkb?ssl=false",
                "DB_USER", "kkb",
                "DB_PASSWORD", "secret"),
            null);
    assertEquals(DatabaseSettings.POSTGRES_DATA_SOURCE, s.dataSourceClass());
    assertEquals("kkb", s.user());
    assertEquals("jdbc:postgresql://127.0.0.1:5432/kkb", s.describe());
    assertFalse(s.describe().contains("secret"));
  }

  @Test
  void unsupportedDatabaseIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> DatabaseSettings.from(Map.of("DB_URL", "jdbc:mysql://x/y"), null));
    assertTrue(e.getMessage().contains("jdbc:mysql:"), e.getMessage());
  }
}
