package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.csv.Csv;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Problem;
import id.go.lampungprov.kkb.platform.rest.Problems;
import id.go.lampungprov.kkb.platform.spreadsheet.XlsxWriter;
import id.go.lampungprov.kkb.registration.application.ImportReport;
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

  /** 200 with the report, or 422 listing every row error when a real run wrote nothing. */
  static Response of(ImportReport report) {
    if (!report.dryRun() && !report.errors().isEmpty()) {
      return Problems.invalid(
          422,
          report.errors().size() + " rows are invalid; nothing was written",
          report.errors().stream()
              .map(
                  e ->
                      new Problem.FieldError(
                          e.column(), e.rule(), "line " + e.line() + ": " + e.message()))
              .toList());
    }
    return Response.ok(report).build();
  }
}
