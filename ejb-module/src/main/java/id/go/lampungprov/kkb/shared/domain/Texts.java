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

  /**
   * The stripped text; blank and too long are one rule, {@code required}, with the message {@code
   * "<field>: 1 to <max> characters"}. The older fields answer so and clients show that rule; new
   * fields use {@link #required}, which tells the two apart.
   */
  public static String oneTo(String field, String value, int max) {
    return oneTo(field, value, max, field + ": 1 to " + max + " characters");
  }

  /** As {@link #oneTo(String, String, int)}, with the field's own message. */
  public static String oneTo(String field, String value, int max, String message) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new InvalidInputException(field, "required", message);
    }
    return value.strip();
  }

  private static String within(String field, String v, int max) {
    if (v.length() > max) {
      throw new InvalidInputException(
          field, "max-length", field + ": at most " + max + " characters");
    }
    return v;
  }
}
