package id.go.lampungprov.kkb.monitoring.domain;

import id.go.lampungprov.kkb.monitoring.domain.InpresCounts.Count;
import id.go.lampungprov.kkb.monitoring.domain.InpresCounts.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interventions of a year per Inpres target, programme and activity (rows, in the catalogue's
 * order) and per area one level below the one asked (columns), with the Kampung KB they reached. An
 * intervention tagged to two activities of one target counts once for the target; it lies in one
 * area, so a row's total is the sum of its cells.
 */
public record InpresRecap(
    String catalogueCode,
    String catalogueTitle,
    String areaCode,
    String areaName,
    int year,
    List<Area> areas,
    List<Row> rows,
    Row total) {

  /** A column: a regency of the province asked (a district of a regency, …). */
  public record Area(String code, String name) {}

  /** A count of interventions and of the Kampung KB they were in. */
  public record Cell(long interventions, long kampungKb) {

    public static final Cell NONE = new Cell(0, 0);

    Cell plus(Cell other) {
      return new Cell(interventions + other.interventions, kampungKb + other.kampungKb);
    }
  }

  /** A target, programme or activity (or the total, level ALL) with a cell per area. */
  public record Row(Level level, String code, String name, List<Cell> cells, Cell total) {}

  /** The counts of one level, by catalogue code and area. */
  public static final class Counts {

    private final Map<Level, Map<String, Cell>> cells = new HashMap<>();

    public Counts add(Level level, List<Count> counts) {
      Map<String, Cell> byKey = cells.computeIfAbsent(level, l -> new HashMap<>());
      counts.forEach(
          c -> byKey.put(c.code() + "|" + c.area(), new Cell(c.interventions(), c.kampungKb())));
      return this;
    }

    Cell get(Level level, String code, String area) {
      return cells.getOrDefault(level, Map.of()).getOrDefault(code + "|" + area, Cell.NONE);
    }
  }

  /** Lays the counts out: every target, programme and activity of the catalogue, zeros included. */
  public static InpresRecap of(
      InpresCatalogue catalogue, Area area, int year, List<Area> areas, Counts counts) {
    List<Row> rows = new ArrayList<>();
    for (InpresTarget t : catalogue.targets()) {
      rows.add(row(Level.TARGET, t.code(), t.name(), areas, counts));
      for (InpresProgramme p : t.programmes()) {
        rows.add(row(Level.PROGRAMME, p.code(), p.name(), areas, counts));
        for (InpresActivity a : p.activities()) {
          rows.add(row(Level.ACTIVITY, a.code(), a.name(), areas, counts));
        }
      }
    }
    return new InpresRecap(
        catalogue.code(),
        catalogue.title(),
        area.code(),
        area.name(),
        year,
        List.copyOf(areas),
        rows,
        row(Level.ALL, "", "Jumlah intervensi", areas, counts));
  }

  private static Row row(Level level, String code, String name, List<Area> areas, Counts counts) {
    List<Cell> cells = new ArrayList<>();
    Cell total = Cell.NONE;
    for (Area a : areas) {
      Cell cell = counts.get(level, code, a.code());
      cells.add(cell);
      total = total.plus(cell);
    }
    return new Row(level, code, name, cells, total);
  }

  /** The target rows only: the annex of the Rekapitulasi Provinsi. */
  public List<Row> targets() {
    return rows.stream().filter(r -> r.level() == Level.TARGET).toList();
  }
}
