package id.go.lampungprov.kkb.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A table written row by row to a stream, as an export of any length: the memory it holds does not
 * grow with the rows (CSV goes straight to the stream, XLSX through POI's streaming writer). The
 * first line carries a title (the list, its filters, the time), the header row comes right after
 * it, so a spreadsheet or a CSV reader that skips the title finds the header where it expects it.
 */
public interface TableSink extends AutoCloseable {

  /** One data row: text, or {@link Number} for figures a user will sum and chart. */
  void row(List<?> cells) throws IOException;

  /** Data rows written so far. */
  long rows();

  /**
   * Completes the file (XLSX is written out here) and frees what it held; the stream stays open.
   */
  @Override
  void close() throws IOException;

  /** Frees what it held without completing the file, after a failure part way. */
  void discard();

  /**
   * @param sheetName the XLSX sheet's name (ignored for CSV)
   * @param title the first line: for CSV a comment line starting with {@code #}
   */
  static TableSink open(
      TableFormat format, OutputStream out, String sheetName, String title, List<String> header)
      throws IOException {
    return switch (format) {
      case CSV -> new CsvTableSink(out, title, header);
      case XLSX -> new XlsxTableSink(out, sheetName, title, header);
    };
  }
}
