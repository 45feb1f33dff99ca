package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.function.Predicate;

/**
 * A resident's NIK (Nomor Induk Kependudukan), personal data under UU PDP 27/2022: 16 digits = the
 * district of registration (6), birth date ddMMyy with 40 added to the day for women (6), sequence
 * (4). Its {@link #toString()} is masked so it cannot leak into logs by accident.
 */
public final class Nik {

  public static final String RULE =
      "16 digits: district code (6), birth date ddmmyy with day+40 for women (6), sequence (4)";
  private static final String MASK = "••••••••";

  private final String value;

  private Nik(String value) {
    this.value = value;
  }

  /**
   * Parses and validates a NIK.
   *
   * @param districtExists tells whether a district code such as {@code 18.07.04} exists
   */
  public static Nik parse(String field, String text, Predicate<String> districtExists) {
    String v = text == null ? "" : text.strip();
    // ASCII digits only: Character.isDigit also accepts e.g. Arabic-Indic or full-width digits,
    // which would pass here and then never match the same NIK typed in ASCII.
    if (v.length() != 16 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid(field, "nik", "a NIK has exactly 16 digits");
    }
    String district = v.substring(0, 2) + "." + v.substring(2, 4) + "." + v.substring(4, 6);
    if (!districtExists.test(district)) {
      throw invalid(field, "nik-region", "the first 6 digits of the NIK are not a known district");
    }
    int day = Integer.parseInt(v.substring(6, 8));
    int month = Integer.parseInt(v.substring(8, 10));
    try {
      MonthDay.of(month, day > 40 ? day - 40 : day);
    } catch (DateTimeException e) {
      throw invalid(field, "nik-date", "digits 7 to 12 of the NIK are not a birth date (ddmmyy)");
    }
    if (v.endsWith("0000")) {
      throw invalid(field, "nik", "the last 4 digits of a NIK are a sequence from 0001");
    }
    return new Nik(v);
  }

  private static InvalidInputException invalid(String field, String rule, String message) {
    return new InvalidInputException(field, rule, message + " (" + RULE + ")");
  }

  /** The full number: only for encryption and for roles allowed to see it (audited). */
  public String reveal() {
    return value;
  }

  /** {@code 1807••••••••0001}. */
  public String masked() {
    return mask(value);
  }

  /** Masks any stored NIK string the same way, without validating it. */
  public static String mask(String nik) {
    if (nik == null || nik.length() < 8) {
      return nik == null ? null : MASK;
    }
    return nik.substring(0, 4) + MASK + nik.substring(nik.length() - 4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nik other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
