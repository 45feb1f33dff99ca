package id.go.lampungprov.kkb.reports.engine;

import id.go.lampungprov.kkb.reports.model.GrowthRow;
import id.go.lampungprov.kkb.reports.model.RecapRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Recap table lines with plausible figures and the recap's parameters, for the template tests. */
final class RecapFixtures {

  private RecapFixtures() {}

  static RecapRow line(int number, String name) {
    return new RecapRow(
        String.valueOf(number),
        name,
        false,
        "170",
        "30",
        "17,6",
        "2",
        "10",
        "10",
        "5",
        "3",
        "2",
        "1",
        "4",
        "80");
  }

  /** The parameters of a recap of this year: its title, the level of its lines, the chart. */
  static Map<String, Object> parameters(
      String title, String lineLevel, int year, String chartTitle, GrowthRow... growth) {
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", title);
    p.put("SUBTITLE", "Keadaan per 31 Desember " + year);
    p.put("CHILD_LEVEL", lineLevel);
    p.put("YEAR", String.valueOf(year));
    p.put("CHART_TITLE", chartTitle);
    p.put("GROWTH", new RowDataSource(List.of(growth)));
    return p;
  }
}
