package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.LocalDate;

/**
 * A document number template with tokens: {@code {seq}} the yearly counter, {@code {code}} the
 * archive code of the document type, {@code {unit}} the issuing unit, {@code {month}}, {@code
 * {roman_month}} and {@code {year}} of the issue date. E.g. {@code 400.13.1/{seq}/{unit}/{year}}.
 */
public final class NumberTemplate {

  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  private NumberTemplate() {}

  public static void check(String template) {
    if (template == null
        || template.isBlank()
        || template.length() > 100
        || !template.contains("{seq}")) {
      throw new InvalidInputException(
          "numberTemplate",
          "seq-token",
          "a number template of up to 100 characters containing {seq}");
    }
  }

  public static String format(String template, long seq, String code, String unit, LocalDate date) {
    return template
        .replace("{seq}", String.valueOf(seq))
        .replace("{code}", code == null ? "" : code)
        .replace("{unit}", unit == null ? "" : unit)
        .replace("{roman_month}", ROMAN[date.getMonthValue() - 1])
        .replace("{month}", String.format("%02d", date.getMonthValue()))
        .replace("{year}", String.valueOf(date.getYear()));
  }
}
