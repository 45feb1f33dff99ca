package id.go.lampungprov.kkb.region.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GazetteerCsvTest {

  @Test
  void splitsQuotedNamesWithCommasAndDoubledQuotes() {
    assertEquals(
        List.of("12.07.28.1007", "12.07.28", "Lubuk Pakam I,II"),
        GazetteerCsv.split("12.07.28.1007,12.07.28,\"Lubuk Pakam I,II\""));
    assertEquals(
        List.of("35.13.15.2017", "35.13.15", "Soka\"an"),
        GazetteerCsv.split("35.13.15.2017,35.13.15,\"Soka\"\"an\""));
  }

  @Test
  void bundledGazetteerHasTheNationalCounts() {
    AtomicInteger villages = new AtomicInteger();
    GazetteerCsv.read(
        "villages",
        row -> {
          assertEquals(3, row.size(), row.toString());
          villages.incrementAndGet();
        });
    assertEquals(83_762, villages.get());
    assertEquals(38, GazetteerImporter.provinceCodes().size());
    assertTrue(GazetteerImporter.provinceCodes().contains("18"));
  }
}
