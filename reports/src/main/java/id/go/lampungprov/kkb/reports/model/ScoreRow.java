package id.go.lampungprov.kkb.reports.model;

/** One indicator line of the Hasil Penilaian: aspect, indicator, weight, level and points. */
public final class ScoreRow {

  private final String aspect;
  private final String indicator;
  private final String weight;
  private final String level;
  private final String score;

  public ScoreRow(String aspect, String indicator, String weight, String level, String score) {
    this.aspect = aspect;
    this.indicator = indicator;
    this.weight = weight;
    this.level = level;
    this.score = score;
  }

  public String getAspect() {
    return aspect;
  }

  public String getIndicator() {
    return indicator;
  }

  public String getWeight() {
    return weight;
  }

  public String getLevel() {
    return level;
  }

  public String getScore() {
    return score;
  }
}
