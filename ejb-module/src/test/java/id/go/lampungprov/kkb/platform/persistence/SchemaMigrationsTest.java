package id.go.lampungprov.kkb.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.infrastructure.GazetteerImporter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real migrations on the same H2 file set-up the server uses by default. */
class SchemaMigrationsTest {

  @TempDir Path dataDir;

  private DataSource h2() throws SQLException {
    return EnvironmentDataSource.create(
        DatabaseSettings.from(Map.of("KKB_DATA_DIR", dataDir.toString()), null));
  }

  /** The region context lists its migration itself; platform names none (docs/boundaries.md). */
  @Test
  void findsTheListedJavaMigrations() {
    Set<String> versions =
        java.util.Arrays.stream(SchemaMigrations.javaMigrations())
            .map(m -> m.getVersion().getVersion())
            .collect(java.util.stream.Collectors.toSet());
    assertEquals(Set.of("2", "20"), versions);
  }

  @Test
  void loadsLampungOnceAndSurvivesARestart() throws SQLException {
    SchemaMigrations first = new SchemaMigrations(h2());
    int known = first.knownVersions().size();
    assertTrue(known >= 3, "V1 regions, V2 Lampung, V3 security and audit at least");
    assertEquals(known, first.migrate());
    SchemaMigrations fresh = new SchemaMigrations(h2());
    // The highest version, not the count: parallel branches may leave a number free for a while.
    int highest = first.knownVersions().stream().mapToInt(Integer::parseInt).max().orElseThrow();
    String latest = String.valueOf(highest);
    // A build that knows a migration the database lacks is not up to date.
    Set<String> withOneMore = new java.util.HashSet<>(fresh.knownVersions());
    withOneMore.add(String.valueOf(highest + 1));
    MigrationStatus behind = fresh.status(withOneMore);
    assertEquals(latest, behind.schemaVersion());
    assertEquals(1, behind.pending());
    assertFalse(behind.upToDate());
    assertTrue(first.status(first.knownVersions()).upToDate());
    assertLampungCounts();

    // A second start on the same files: nothing re-runs, nothing is duplicated.
    SchemaMigrations second = new SchemaMigrations(h2());
    assertEquals(0, second.migrate());
    assertEquals(latest, second.status(second.knownVersions()).schemaVersion());
    assertLampungCounts();
  }

  @Test
  void anotherProvinceLoadsOnRequestOnceAndInOneGo() throws SQLException {
    new SchemaMigrations(h2()).migrate();
    try (Connection c = h2().getConnection()) {
      c.setAutoCommit(false);
      assertFalse(GazetteerImporter.isLoaded(c, "31"));
      int loaded = GazetteerImporter.importProvince(c, "31");
      c.commit();
      assertTrue(GazetteerImporter.isLoaded(c, "31"));
      assertEquals(
          loaded, count("SELECT COUNT(*) FROM region WHERE code = '31' OR code LIKE '31.%'"));
      assertEquals(6, count("SELECT COUNT(*) FROM region WHERE parent_code = '31'"));
    }
    assertEquals(2, count("SELECT COUNT(*) FROM region_dataset"));
    assertEquals(
        2651,
        count("SELECT COUNT(*) FROM region WHERE region_level = 'VILLAGE' AND code LIKE '18.%'"));
  }

  @Test
  void issuedDocumentsAreVersionedLikeEveryOtherChangeableRecord() throws Exception {
    new SchemaMigrations(h2()).migrate();
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ISSUED_DOCUMENT'"
                + " AND COLUMN_NAME = 'VERSION' AND IS_NULLABLE = 'NO'"));
    assertTrue(
        id.go.lampungprov.kkb.documents.domain.IssuedDocument.class
            .getDeclaredField("version")
            .isAnnotationPresent(jakarta.persistence.Version.class));
  }

  private void assertLampungCounts() throws SQLException {
    assertEquals(1, count("SELECT COUNT(*) FROM region WHERE region_level = 'PROVINCE'"));
    assertEquals(15, count("SELECT COUNT(*) FROM region WHERE parent_code = '18'"));
    assertEquals(229, count("SELECT COUNT(*) FROM region WHERE region_level = 'DISTRICT'"));
    assertEquals(2651, count("SELECT COUNT(*) FROM region WHERE region_level = 'VILLAGE'"));
    assertEquals(1, count("SELECT COUNT(*) FROM region_dataset"));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM region WHERE code = '18.07.04.2003' AND name = 'Sidodadi'"
                + " AND parent_code = '18.07.04' AND village_type = 'DESA'"));
  }

  private long count(String sql) throws SQLException {
    try (Connection c = h2().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
