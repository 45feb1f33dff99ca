package id.go.lampungprov.kkb.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.lampungprov.kkb.monitoring.domain.InpresCounts.Count;
import id.go.lampungprov.kkb.monitoring.domain.InpresCounts.Level;
import id.go.lampungprov.kkb.monitoring.domain.InpresRecap.Area;
import id.go.lampungprov.kkb.monitoring.domain.InpresRecap.Cell;
import id.go.lampungprov.kkb.monitoring.domain.InpresRecap.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recap lays out every catalogue row per area, zeros included, with row totals. */
class InpresRecapTest {

  private static final List<Area> REGENCIES =
      List.of(new Area("18.01", "Lampung Barat"), new Area("18.71", "Bandar Lampung"));

  private static InpresRecap recap() {
    InpresRecap.Counts counts =
        new InpresRecap.Counts()
            .add(Level.ALL, List.of(new Count("18.01", "", 3, 2), new Count("18.71", "", 1, 1)))
            .add(
                Level.TARGET,
                List.of(new Count("18.01", "S2", 2, 1), new Count("18.71", "S1", 1, 1)))
            .add(Level.ACTIVITY, List.of(new Count("18.01", "S2.P1.K10", 2, 1)));
    return InpresRecap.of(
        InpresCatalogueTest.catalogue(), new Area("18", "Lampung"), 2024, REGENCIES, counts);
  }

  private static Row row(InpresRecap recap, String code) {
    return recap.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void everyTargetProgrammeAndActivityIsARowInCatalogueOrder() {
    InpresRecap recap = recap();
    // 2 targets, 2 programmes, 13 activities
    assertEquals(17, recap.rows().size());
    assertEquals(
        List.of("S1", "S1.P1", "S1.P1.K1"),
        recap.rows().subList(0, 3).stream().map(Row::code).toList());
    assertEquals(Level.PROGRAMME, recap.rows().get(1).level());
    assertEquals(List.of("S1", "S2"), recap.targets().stream().map(Row::code).toList());
  }

  @Test
  void cellsFollowTheAreasAndRowsAddUp() {
    InpresRecap recap = recap();
    assertEquals(List.of(Cell.NONE, new Cell(1, 1)), row(recap, "S1").cells());
    assertEquals(new Cell(2, 1), row(recap, "S2").total());
    assertEquals(new Cell(2, 1), row(recap, "S2.P1.K10").cells().get(0));
    assertEquals(Cell.NONE, row(recap, "S2.P1").total());
    assertEquals(new Cell(4, 3), recap.total().total());
    assertEquals(Level.ALL, recap.total().level());
  }
}
