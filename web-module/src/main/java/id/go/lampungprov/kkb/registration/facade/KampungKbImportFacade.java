package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.csv.Csv;
import id.go.lampungprov.kkb.platform.spreadsheet.SheetLimits;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.registration.application.ImportReport;
import id.go.lampungprov.kkb.registration.application.KampungKbImportService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/** Bulk registration for the import page: the same service and rules as the API's import. */
@ApplicationScoped
public class KampungKbImportFacade {

  /** The largest file accepted, as in the API. */
  public static final long MAX_BYTES = SheetLimits.MAX_FILE_BYTES;

  @EJB private KampungKbImportService imports;

  /** One row error as the page shows it. */
  public record RowError(int line, String column, String rule, String message)
      implements Serializable {}

  /** The outcome: rows read, errors, rows written (0 on a dry run or when anything is wrong). */
  public record Report(boolean dryRun, int rows, List<RowError> errors, int written)
      implements Serializable {}

  /** Checks or imports an uploaded file; the same refusals as the API, by rule. */
  public Report importFile(byte[] content, TableFormat format, boolean dryRun) {
    return report(imports.importFile(new ByteArrayInputStream(content), format, dryRun));
  }

  /** The CSV template: the header and one example row. */
  public String csvTemplate() {
    return Csv.line(KampungKbImportService.COLUMNS) + Csv.line(KampungKbImportService.EXAMPLE);
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
