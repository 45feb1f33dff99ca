package id.go.lampungprov.kkb.reports.model;

/** One line of a recap table: a regency (or district) and its figures, already formatted. */
public final class RecapRow {

  private final String number;
  private final String name;
  private final String[] figures;
  private final boolean total;

  /**
   * @param figures villages, Kampung KB, coverage, new in year, Dasar, Berkembang, Mandiri,
   *     Berkelanjutan, not classified, COE, events, participants
   */
  public RecapRow(String number, String name, boolean total, String... figures) {
    if (figures.length != 12) {
      throw new IllegalArgumentException("a recap line has 12 figures, not " + figures.length);
    }
    this.number = number;
    this.name = name;
    this.total = total;
    this.figures = figures.clone();
  }

  public String getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public Boolean getTotal() {
    return total;
  }

  public String getVillages() {
    return figures[0];
  }

  public String getKampungKb() {
    return figures[1];
  }

  public String getCoverage() {
    return figures[2];
  }

  public String getNewInYear() {
    return figures[3];
  }

  public String getDasar() {
    return figures[4];
  }

  public String getBerkembang() {
    return figures[5];
  }

  public String getMandiri() {
    return figures[6];
  }

  public String getBerkelanjutan() {
    return figures[7];
  }

  public String getNotClassified() {
    return figures[8];
  }

  public String getCoe() {
    return figures[9];
  }

  public String getEvents() {
    return figures[10];
  }

  public String getParticipants() {
    return figures[11];
  }
}
