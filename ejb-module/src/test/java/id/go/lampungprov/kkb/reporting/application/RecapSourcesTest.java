package id.go.lampungprov.kkb.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reporting.domain.DataBasis;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecapSourcesTest {

  private static final YearMonth MAY = YearMonth.of(2020, 5);
  private static final YearMonth APRIL = YearMonth.of(2020, 4);

  @Test
  void countsEachMonthAndItsApprovalPerRegency() {
    DataBasis basis =
        DataBasis.of(
            List.of(
                new DataBasis.Count("18.07", MAY, 300),
                new DataBasis.Count("18.01", MAY, 112),
                new DataBasis.Count("18.01", APRIL, 20),
                new DataBasis.Count("18.07", null, 29),
                new DataBasis.Count("18.01", null, 1)),
            Set.of("18.07/2020-05", "18.01/2020-04"));
    assertEquals(
        List.of(new DataBasis.Month(MAY, 412, 300), new DataBasis.Month(APRIL, 20, 20)),
        basis.months(),
        "newest month first");
    assertEquals(30, basis.withoutFigures());
    assertFalse(basis.allApproved());
    assertEquals(
        "Data bulanan yang dipakai klasifikasi: Mei 2020 \u2014 412 Kampung KB (disetujui 300,"
            + " belum disetujui 112); April 2020 \u2014 20 Kampung KB (bulan disetujui). 30"
            + " Kampung KB tanpa data bulanan (belum diklasifikasi atau belum melapor). Angka"
            + " bulan yang belum disetujui masih dapat berubah.",
        RecapSources.note(basis));
    assertEquals(
        List.of(List.of("2020-05", 412L, 300L, 112L), List.of("2020-04", 20L, 20L, 0L)),
        RecapSources.rows(basis).subList(0, 2));
  }

  @Test
  void saysWhenEveryMonthIsApprovedAndWhenNoneWasUsed() {
    DataBasis approved =
        DataBasis.of(List.of(new DataBasis.Count("18.07", MAY, 1234)), Set.of("18.07/2020-05"));
    assertTrue(approved.allApproved());
    assertEquals(
        "Data bulanan yang dipakai klasifikasi: Mei 2020 \u2014 1.234 Kampung KB (bulan"
            + " disetujui).",
        RecapSources.note(approved));
    DataBasis none = DataBasis.of(List.of(new DataBasis.Count("18.07", null, 3)), Set.of());
    assertEquals(
        "Belum ada kelas Kampung KB yang dihitung dari data bulanan. 3 Kampung KB tanpa data"
            + " bulanan (belum diklasifikasi atau belum melapor).",
        RecapSources.note(none));
  }
}
