package id.go.lampungprov.kkb.registration.application;

import java.util.List;

/**
 * The answer to a bulk import: how many rows, every row error (line, column, rule), how many were
 * written, which is 0 unless the run was real and error-free, and the quality warnings of rows that
 * are accepted all the same (the figures import's, {@code FiguresQuality}).
 */
public record ImportReport(
    boolean dryRun, int rows, List<RowError> errors, int written, List<RowError> warnings) {

  /** One problem: the line staff see in their editor (the header is line 1), column and rule. */
  public record RowError(int line, String column, String rule, String message) {}

  public ImportReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** A report without warnings: the imports that have no quality rules. */
  public ImportReport(boolean dryRun, int rows, List<RowError> errors, int written) {
    this(dryRun, rows, errors, written, List.of());
  }

  public ImportReport withWarnings(List<RowError> rowWarnings) {
    return new ImportReport(dryRun, rows, errors, written, rowWarnings);
  }
}
