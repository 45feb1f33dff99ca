package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.registration.application.ImportReport;
import id.go.lampungprov.kkb.registration.application.KampungKbImportService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Bulk registration for the import page: the same service and rules as the API's import. */
@ApplicationScoped
public class KampungKbImportFacade {

  /** The largest file accepted, as in the API. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  @EJB private KampungKbImportService imports;

  /** One row error as the page shows it. */
  public record RowError(int line, String column, String rule, String message)
      implements Serializable {}

  /** The outcome: rows read, errors, rows written (0 on a dry run or when anything is wrong). */
  public record Report(boolean dryRun, int rows, List<RowError> errors, int written)
      implements Serializable {}

  public Report importCsv(byte[] csv, boolean dryRun) {
    return report(imports.importCsv(new String(csv, StandardCharsets.UTF_8), dryRun));
  }

  public Report importXlsx(byte[] xlsx, boolean dryRun) {
    return report(imports.importXlsx(xlsx, dryRun));
  }

  /** The CSV template: the header and one example row. */
  public String csvTemplate() {
    return String.join(",", KampungKbImportService.COLUMNS)
        + "\r\n"
        + KampungKbImportService.EXAMPLE.stream()
            .map(v -> v.contains(",") ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
            .collect(Collectors.joining(","))
        + "\r\n";
  }

  private static Report report(ImportReport r) {
    return new Report(
        r.dryRun(),
        r.rows(),
        r.errors().stream()
            .map(e -> new RowError(e.line(), e.column(), e.rule(), e.message()))
            .toList(),
        r.written());
  }
}
