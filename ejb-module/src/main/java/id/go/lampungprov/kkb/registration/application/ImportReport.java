package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.platform.spreadsheet.SheetLimits;
import id.go.lampungprov.kkb.platform.spreadsheet.Table;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.platform.spreadsheet.UploadedTables;
import java.io.InputStream;
import java.util.List;

/**
 * The answer to a bulk import: how many rows, every row error (line, column, rule) and how many
 * were written, which is 0 unless the run was real and error-free.
 */
public record ImportReport(boolean dryRun, int rows, List<RowError> errors, int written) {

  /** One problem: the line staff see in their editor (the header is line 1), column and rule. */
  public record RowError(int line, String column, String rule, String message) {}

  public ImportReport {
    errors = List.copyOf(errors);
  }

  /**
   * Reads an upload as the template's table. The reader already refused, as a whole, a file that is
   * unreadable or breaks a limit (rows, columns, sizes); what remains to report is the header.
   */
  static Table read(InputStream upload, TableFormat format, List<String> columns) {
    return UploadedTables.read(upload, format, SheetLimits.forTemplate(columns.size()));
  }

  /** The header check every import makes before looking at rows; empty when rows may be read. */
  static List<RowError> checkShape(Table table, List<String> columns) {
    if (table.hasHeader(columns)) {
      return List.of();
    }
    return List.of(
        new RowError(
            1, "header", "columns", "the first line must be: " + String.join(",", columns)));
  }
}
