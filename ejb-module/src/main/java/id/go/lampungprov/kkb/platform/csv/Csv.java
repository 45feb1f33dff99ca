package id.go.lampungprov.kkb.platform.csv;

import id.go.lampungprov.kkb.platform.spreadsheet.SpreadsheetText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV for exports and templates with Apache Commons CSV (RFC 4180, CRLF), every text value
 * guarded against formula injection by {@link SpreadsheetText}.
 */
public final class Csv {

  private static final CSVFormat MINIMAL = CSVFormat.RFC4180;
  private static final CSVFormat QUOTED =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

  private Csv() {}

  /** One value, always quoted, for exports whose text columns are quoted. */
  public static String quote(String value) {
    return value == null ? "" : QUOTED.format(SpreadsheetText.safe(value));
  }

  /** One line with its CRLF; values quoted only where needed. */
  public static String line(List<String> values) {
    try {
      StringBuilder out = new StringBuilder();
      MINIMAL.printRecord(
          out, values.stream().map(v -> v == null ? "" : SpreadsheetText.safe(v)).toArray());
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same for values given one by one. */
  public static String line(String... values) {
    return line(Arrays.asList(values));
  }
}
