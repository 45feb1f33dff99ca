package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.platform.spreadsheet.Table;
import id.go.lampungprov.kkb.platform.spreadsheet.XlsxReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a bulk import: how many rows, every row error (line, column, rule) and how many
 * were written, which is 0 unless the run was real and error-free.
 */
public record ImportReport(boolean dryRun, int rows, List<RowError> errors, int written) {

  public static final int MAX_ROWS = 20_000;

  /** One problem: the line staff see in their editor (the header is line 1), column and rule. */
  public record RowError(int line, String column, String rule, String message) {}

  public ImportReport {
    errors = List.copyOf(errors);
  }

  /** Reads an XLSX upload, or reports why it cannot be read. */
  static Table readXlsx(byte[] xlsx, List<RowError> errors) {
    try {
      return XlsxReader.read(xlsx == null ? new byte[0] : xlsx);
    } catch (XlsxReader.UnreadableWorkbookException e) {
      errors.add(new RowError(1, "file", "xlsx", e.getMessage()));
      return Table.empty();
    }
  }

  /**
   * The checks every import makes before looking at rows: the header and the row count. Returns the
   * errors found, empty when the rows may be read.
   */
  static List<RowError> checkShape(Table table, List<String> columns) {
    List<RowError> errors = new ArrayList<>();
    if (!table.hasHeader(columns)) {
      errors.add(
          new RowError(
              1, "header", "columns", "the first line must be: " + String.join(",", columns)));
    } else if (table.rows().size() > MAX_ROWS) {
      errors.add(new RowError(1, "file", "max-rows", "at most " + MAX_ROWS + " rows per file"));
    } else {
      for (Table.Row row : table.rows()) {
        if (row.cells().size() > columns.size()) {
          errors.add(
              new RowError(
                  row.line(),
                  "row",
                  "columns",
                  "expected " + columns.size() + " columns, found " + row.cells().size()));
        }
      }
    }
    return errors;
  }
}
