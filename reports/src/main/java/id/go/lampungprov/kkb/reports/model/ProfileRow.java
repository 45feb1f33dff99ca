package id.go.lampungprov.kkb.reports.model;

/**
 * One line of a profile: the section it belongs to (printed once as a heading), a label and its
 * value.
 */
public final class ProfileRow {

  private final String section;
  private final String label;
  private final String value;

  public ProfileRow(String section, String label, String value) {
    this.section = section;
    this.label = label;
    this.value = value;
  }

  public String getSection() {
    return section;
  }

  public String getLabel() {
    return label;
  }

  public String getValue() {
    return value;
  }
}
