package id.go.lampungprov.kkb.platform.spreadsheet;

import java.util.regex.Pattern;

/**
 * Text written into an export (CSV or XLSX) that a spreadsheet must show as text, never run: a
 * value starting with {@code = + - @}, a tab or a carriage return is a formula to Excel and
 * LibreOffice (CSV injection), so it gets a leading apostrophe. Plain numbers such as a latitude
 * "-5.1234" are left as they are.
 */
public final class SpreadsheetText {

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  private SpreadsheetText() {}

  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    boolean formula =
        FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches();
    return formula ? "'" + value : value;
  }
}
