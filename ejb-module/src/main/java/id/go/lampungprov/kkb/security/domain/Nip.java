package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A civil servant's NIP: 18 digits = birth date (yyyyMMdd), appointment (yyyyMM), sex (1 or 2),
 * sequence (3). Printed as {@code 19860926 201505 1 001}; typed with or without those spaces.
 */
public record Nip(String value) {

  public static final String RULE =
      "18 digits: birth date yyyymmdd, appointment yyyymm, sex 1 or 2, sequence 001-999";

  public Nip {
    if (!isValid(value)) {
      throw new InvalidInputException("nip", "nip", "not a valid NIP (" + RULE + ")");
    }
  }

  /** Parses a NIP typed with or without spaces; the error names {@code field}. */
  public static Nip parse(String field, String text) {
    String digits = text == null ? "" : text.replace(" ", "");
    if (!isValid(digits)) {
      throw new InvalidInputException(field, "nip", "not a valid NIP (" + RULE + ")");
    }
    return new Nip(digits);
  }

  static boolean isValid(String v) {
    // ASCII digits only, as for the NIK (Character.isDigit accepts other scripts' digits too).
    if (v == null || v.length() != 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(v.substring(0, 4)),
              Integer.parseInt(v.substring(4, 6)),
              Integer.parseInt(v.substring(6, 8)));
      YearMonth appointed =
          YearMonth.of(Integer.parseInt(v.substring(8, 12)), Integer.parseInt(v.substring(12, 14)));
      char sex = v.charAt(14);
      int sequence = Integer.parseInt(v.substring(15));
      return birth.getYear() >= 1900
          && appointed.isAfter(YearMonth.from(birth).plusYears(14))
          && (sex == '1' || sex == '2')
          && sequence > 0;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** "19860926 201505 1 001", as printed in signature blocks. */
  public String formatted() {
    return value.substring(0, 8)
        + " "
        + value.substring(8, 14)
        + " "
        + value.charAt(14)
        + " "
        + value.substring(15);
  }
}
