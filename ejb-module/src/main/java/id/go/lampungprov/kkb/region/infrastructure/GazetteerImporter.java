package id.go.lampungprov.kkb.region.infrastructure;

import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies one province (or all of them) from the bundled gazetteer into the {@code region} table. It
 * works on a JDBC connection handed to it, so it runs both inside a Flyway migration and at
 * start-up, and it never commits: the caller's transaction makes a province all or nothing.
 */
public final class GazetteerImporter {

  /**
   * The version of the code set, kept with every loaded province because codes change on splits.
   */
  public static final String SOURCE = "idn-area-data 4.0.1 (Kemendagri), ODbL";

  private static final String[] FILES = {"provinces", "regencies", "districts", "villages"};
  private static final int BATCH = 1000;

  /** The province codes the bundled gazetteer knows. */
  public static Set<String> provinceCodes() {
    Set<String> codes = new TreeSet<>();
    GazetteerCsv.read("provinces", row -> codes.add(row.get(0)));
    return codes;
  }

  /** True if the province's regions are already in the database. */
  public static boolean isLoaded(Connection connection, String provinceCode) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT 1 FROM region_dataset WHERE province_code = ?")) {
      ps.setString(1, provinceCode);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Inserts the province and all its regencies, districts and villages.
   *
   * @return the number of regions inserted
   */
  public static int importProvince(Connection connection, String provinceCode) throws SQLException {
    RegionCode province = RegionCode.parse("province", provinceCode);
    if (!provinceCodes().contains(province.value())) {
      throw new IllegalArgumentException("the gazetteer has no province " + provinceCode);
    }
    int total = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO region (code, name, region_level, parent_code, village_type)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (String file : FILES) {
        List<Region> rows = new ArrayList<>();
        GazetteerCsv.read(
            file,
            row -> {
              if (row.get(0).equals(province.value()) || row.get(0).startsWith(province + ".")) {
                rows.add(new Region(RegionCode.of(row.get(0)), row.get(row.size() - 1)));
              }
            });
        total += insertAll(insert, rows);
      }
    }
    try (PreparedStatement dataset =
        connection.prepareStatement(
            "INSERT INTO region_dataset (province_code, source, region_count, loaded_at)"
                + " VALUES (?, ?, ?, ?)")) {
      dataset.setString(1, province.value());
      dataset.setString(2, SOURCE);
      dataset.setInt(3, total);
      dataset.setTimestamp(4, Timestamp.from(Instant.now()));
      dataset.executeUpdate();
    }
    return total;
  }

  private static int insertAll(PreparedStatement insert, List<Region> rows) throws SQLException {
    int pending = 0;
    for (Region region : rows) {
      insert.setString(1, region.code().value());
      insert.setString(2, region.name());
      insert.setString(3, region.level().name());
      insert.setString(4, region.parentCode().map(RegionCode::value).orElse(null));
      insert.setString(5, region.villageType().map(Enum::name).orElse(null));
      insert.addBatch();
      if (++pending == BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    }
    if (pending > 0) {
      insert.executeBatch();
    }
    return rows.size();
  }

  private GazetteerImporter() {}
}
