package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.csv.Csv;
import id.go.lampungprov.kkb.platform.rest.Problem;
import id.go.lampungprov.kkb.platform.rest.Problems;
import id.go.lampungprov.kkb.platform.spreadsheet.XlsxWriter;
import id.go.lampungprov.kkb.registration.application.ImportReport;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/** What the import resources share: templates in both formats and the report as an answer. */
final class ImportResponses {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private ImportResponses() {}

  static Response template(String format, String name, List<String> columns, List<String> example) {
    String f = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase();
    return switch (f) {
      case "csv" ->
          Response.ok(
                  String.join(",", columns)
                      + "\r\n"
                      + example.stream()
                          .map(ImportResponses::csvCell)
                          .collect(Collectors.joining(","))
                      + "\r\n",
                  "text/csv; charset=UTF-8")
              .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
              .build();
      case "xlsx" ->
          Response.ok(XlsxWriter.write(name, columns, List.of(example)), XLSX)
              .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
              .build();
      default -> throw new InvalidInputException("format", "csv-or-xlsx", "format is csv or xlsx");
    };
  }

  private static String csvCell(String value) {
    return value.contains(",") || value.contains("\"") ? Csv.quote(value) : value;
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

  static Response tooLarge() {
    return Problems.invalid(
        413,
        "the file is larger than 10 MB; split it",
        List.of(new Problem.FieldError("file", "max-size", "at most 10 MB")));
  }
}
