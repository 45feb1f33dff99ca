package id.go.lampungprov.kkb.shared.domain;

/** The checks every free-text field gets: stripped, within its length, present when required. */
public final class Texts {

  private Texts() {}

  /** The stripped text; refused when blank or longer than {@code max}. */
  public static String required(String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new InvalidInputException(field, "required", field + " is required");
    }
    return within(field, v, max);
  }

  /** The stripped text, or null when blank; refused when longer than {@code max}. */
  public static String optional(String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    return v.isEmpty() ? null : within(field, v, max);
  }

  private static String within(String field, String v, int max) {
    if (v.length() > max) {
      throw new InvalidInputException(
          field, "max-length", field + ": at most " + max + " characters");
    }
    return v;
  }
}
