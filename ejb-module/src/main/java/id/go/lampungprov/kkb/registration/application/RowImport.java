package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.platform.spreadsheet.SheetLimits;
import id.go.lampungprov.kkb.platform.spreadsheet.Table;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.platform.spreadsheet.UploadedTables;
import id.go.lampungprov.kkb.registration.application.ImportReport.RowError;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The steps every bulk import takes, so the registry and the figures import answer alike: read the
 * upload as the template's table, check its header, parse every row (a row breaking a rule is
 * reported by line, column and rule), check the rows against each other and the registry, and only
 * when nothing is wrong and the run is real, write them all in the caller's transaction: all rows
 * or none.
 */
final class RowImport {

  /** A parsed row and the line staff see it on in their editor (the header is line 1). */
  record Lined<P>(int line, P row) {}

  private RowImport() {}

  /**
   * Runs an import. A file that cannot be read or breaks a limit is refused as a whole ({@code
   * InvalidInputException} on {@code file}); {@code parse} throws {@code InvalidInputException} for
   * a wrong row, {@code check} adds the errors found across rows and answers what {@code write}
   * writes, which answers how many records it wrote.
   */
  static <P, C> ImportReport run(
      InputStream upload,
      TableFormat format,
      List<String> columns,
      boolean dryRun,
      Function<Table.Row, P> parse,
      BiFunction<List<Lined<P>>, List<RowError>, C> check,
      ToIntFunction<C> write) {
    Table table = UploadedTables.read(upload, format, SheetLimits.forTemplate(columns.size()));
    int rows = table.rows().size();
    if (!table.hasHeader(columns)) {
      return new ImportReport(
          dryRun,
          rows,
          List.of(
              new RowError(
                  1, "header", "columns", "the first line must be: " + String.join(",", columns))),
          0);
    }
    List<RowError> errors = new ArrayList<>();
    List<Lined<P>> parsed = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      try {
        parsed.add(new Lined<>(row.line(), parse.apply(row)));
      } catch (InvalidInputException e) {
        errors.add(new RowError(row.line(), e.field(), e.rule(), e.getMessage()));
      }
    }
    C checked = check.apply(parsed, errors);
    if (!errors.isEmpty() || dryRun) {
      return new ImportReport(dryRun, rows, errors, 0);
    }
    return new ImportReport(false, rows, List.of(), write.applyAsInt(checked));
  }
}
