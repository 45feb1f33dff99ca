package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.csv.Csv;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Problem;
import id.go.lampungprov.kkb.platform.rest.Problems;
import id.go.lampungprov.kkb.platform.spreadsheet.XlsxWriter;
import id.go.lampungprov.kkb.registration.application.ImportReport;
import id.go.lampungprov.kkb.registration.domain.LockedPeriod;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** What the import resources share: templates in both formats and the report as an answer. */
final class ImportResponses {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ImportResponses() {}

  static Response template(String format, String name, List<String> columns, List<String> example) {
    String f = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase();
    return switch (f) {
      case "csv" ->
          Answers.attachment(
                  Csv.line(columns) + Csv.line(example), "text/csv; charset=UTF-8", name + ".csv")
              .build();
      case "xlsx" ->
          Answers.attachment(
                  XlsxWriter.write(name, columns, List.of(example)), XLSX, name + ".xlsx")
              .build();
      default -> throw new InvalidInputException("format", "csv-or-xlsx", "format is csv or xlsx");
    };
  }

  /**
   * 200 with the report, or, when a real run wrote nothing, every row error: 409 if a row falls in
   * a locked month (rule {@code period-locked}: the data's state, not the file, is in the way),
   * else 422.
   */
  static Response of(ImportReport report) {
    if (!report.dryRun() && !report.errors().isEmpty()) {
      List<Problem.FieldError> errors =
          report.errors().stream()
              .map(
                  e ->
                      new Problem.FieldError(
                          e.column(), e.rule(), "line " + e.line() + ": " + e.message()))
              .toList();
      long locked =
          report.errors().stream().filter(e -> LockedPeriod.RULE.equals(e.rule())).count();
      if (locked > 0) {
        return Problems.conflict(
            locked + " rows fall in an approved, locked month; nothing was written", errors);
      }
      return Problems.invalid(
          422, report.errors().size() + " rows are invalid; nothing was written", errors);
    }
    return Response.ok(report).build();
  }
}
