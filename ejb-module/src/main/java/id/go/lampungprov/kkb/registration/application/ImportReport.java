package id.go.lampungprov.kkb.registration.application;

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
}
