package id.go.lampungprov.kkb.reports.model;

/** One bar of a growth chart: a year and the number of Kampung KB at its end. */
public final class GrowthRow {

  private final String year;
  private final Integer count;

  public GrowthRow(String year, int count) {
    this.year = year;
    this.count = count;
  }

  public String getYear() {
    return year;
  }

  public Integer getCount() {
    return count;
  }
}
