package id.go.lampungprov.kkb.shared.domain;

import java.util.regex.Pattern;

/** Indonesian mobile numbers as people type them: 0812…, 62812…, +62 812-…. */
public final class Phone {

  private static final Pattern MOBILE = Pattern.compile("(\\+62|62|0)8[0-9]{7,12}");

  private Phone() {}

  /** The number without spaces or dashes, or null when blank; refused if not a mobile number. */
  public static String normalize(String field, String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    String digits = phone.replaceAll("[\\s-]", "");
    if (!MOBILE.matcher(digits).matches()) {
      throw new InvalidInputException(
          field, "phone", "an Indonesian mobile number, e.g. 0812 3456 7890 or +62 812 3456 7890");
    }
    return digits;
  }

  /** The same number however it was written (0812…, +62812…), for matching; null when blank. */
  public static String key(String normalized) {
    if (normalized == null) {
      return null;
    }
    return normalized.replaceFirst("^(\\+62|62|0)", "");
  }
}
