package id.go.lampungprov.kkb.portal.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.portal.application.PublicViews;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicTablesTest {

  private static PublicViews.StatLine line(String code, String name, long kkb) {
    return new PublicViews.StatLine(
        code,
        name,
        10,
        kkb,
        BigDecimal.valueOf(kkb * 10),
        1,
        Map.of("DASAR", kkb, "BERKEMBANG", 0L, "MANDIRI", 0L, "BERKELANJUTAN", 0L),
        0,
        0,
        2,
        40);
  }

  private static final PublicViews.Statistics TABLE =
      new PublicViews.Statistics(
          "18.07",
          "Lampung Timur",
          "REGENCY",
          "18",
          2026,
          LocalDate.of(2026, 12, 5),
          List.of(line("18.07.01", "Metro Kibang", 1), line("18.07.04", "Pekalongan", 2)),
          line("18.07", "Jumlah", 3));

  @Test
  void csvHasTheHeaderALinePerRegionAndTheTotal() {
    String csv = new String(PublicTables.csv(TABLE), StandardCharsets.UTF_8);
    String[] rows = csv.split("\r\n");
    assertEquals(4, rows.length);
    assertEquals(
        "Kode,Wilayah,Jumlah desa/kelurahan,Kampung KB",
        String.join(",", List.of(rows[0].split(",")).subList(0, 4)));
    assertEquals("18.07.04,Pekalongan,10,2,20,1,2,0,0,0,0,0,2,40", rows[2]);
    assertEquals("statistik-18.07-2026.csv", PublicTables.fileName(TABLE, "csv"));
  }

  @Test
  void formatIsJsonCsvOrXlsx() {
    assertEquals("json", PublicTables.format(null));
    assertEquals("xlsx", PublicTables.format("XLSX"));
    assertEquals(
        "format",
        assertThrows(InvalidInputException.class, () -> PublicTables.format("pdf")).field());
  }
}
