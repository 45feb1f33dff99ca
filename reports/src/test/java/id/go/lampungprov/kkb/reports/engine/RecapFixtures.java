package id.go.lampungprov.kkb.reports.engine;

import id.go.lampungprov.kkb.reports.model.RecapRow;

/** Recap table lines with plausible figures, for the template tests. */
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
}
