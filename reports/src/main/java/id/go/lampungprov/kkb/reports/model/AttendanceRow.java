package id.go.lampungprov.kkb.reports.model;

/** One line of a Daftar Hadir: name, position and agency, L/P, phone and the attendance mark. */
public final class AttendanceRow {

  private final String name;
  private final String affiliation;
  private final String sex;
  private final String phone;
  private final String mark;

  /**
   * @param sex "L" or "P"
   * @param mark e.g. "Hadir 08.31" or "Izin"; null on a sheet printed before the event
   */
  public AttendanceRow(String name, String affiliation, String sex, String phone, String mark) {
    this.name = name;
    this.affiliation = affiliation;
    this.sex = sex;
    this.phone = phone;
    this.mark = mark;
  }

  public String getName() {
    return name;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public String getSex() {
    return sex;
  }

  public String getPhone() {
    return phone;
  }

  public String getMark() {
    return mark;
  }
}
