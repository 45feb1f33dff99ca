package id.go.lampungprov.kkb.reports.model;

/**
 * One line of the Inpres annex of a recap: an area (or the total) and, for each of the four targets
 * and all of them together, the interventions and the Kampung KB they reached, already formatted.
 */
public final class InpresRow {

  /** The Instruction names four targets; the annex has a column pair for each and the total. */
  public static final int TARGETS = 4;

  private final String number;
  private final String name;
  private final String[] figures;

  /**
   * @param figures interventions and Kampung KB of S1, S2, S3, S4, then of all targets: ten
   */
  public InpresRow(String number, String name, String... figures) {
    if (figures.length != 2 * (TARGETS + 1)) {
      throw new IllegalArgumentException(
          "an Inpres line has " + 2 * (TARGETS + 1) + " figures, not " + figures.length);
    }
    this.number = number;
    this.name = name;
    this.figures = figures.clone();
  }

  public String getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public String getInterventions1() {
    return figures[0];
  }

  public String getKampungKb1() {
    return figures[1];
  }

  public String getInterventions2() {
    return figures[2];
  }

  public String getKampungKb2() {
    return figures[3];
  }

  public String getInterventions3() {
    return figures[4];
  }

  public String getKampungKb3() {
    return figures[5];
  }

  public String getInterventions4() {
    return figures[6];
  }

  public String getKampungKb4() {
    return figures[7];
  }

  public String getInterventionsAll() {
    return figures[8];
  }

  public String getKampungKbAll() {
    return figures[9];
  }
}
