package id.go.lampungprov.kkb.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.registration.application.ImportReport.RowError;
import id.go.lampungprov.kkb.registration.application.RowImport.Lined;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps both imports share: header, row errors by line, checks across rows, all or nothing. */
class RowImportTest {

  private static final List<String> COLUMNS = List.of("name", "count");

  private final List<Integer> written = new ArrayList<>();

  private ImportReport run(String csv, boolean dryRun) {
    return RowImport.run(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        TableFormat.CSV,
        COLUMNS,
        dryRun,
        row -> {
          try {
            return Integer.parseInt(row.cell(1).strip());
          } catch (NumberFormatException e) {
            throw new InvalidInputException("count", "integer", "count must be a whole number");
          }
        },
        (List<Lined<Integer>> rows, List<RowError> errors) -> {
          rows.stream()
              .filter(r -> r.row() > 100)
              .forEach(r -> errors.add(new RowError(r.line(), "count", "max", "at most 100")));
          return rows;
        },
        rows -> {
          rows.forEach(r -> written.add(r.row()));
          return rows.size();
        });
  }

  @Test
  void aWrongHeaderIsTheOnlyError() {
    ImportReport report = run("nama,jumlah\nA,x\n", false);
    assertEquals(
        List.of(new RowError(1, "header", "columns", "the first line must be: name,count")),
        report.errors());
    assertEquals(1, report.rows());
    assertEquals(0, report.written());
  }

  @Test
  void rowErrorsComeFirstThenTheChecksAcrossRowsAndNothingIsWritten() {
    ImportReport report = run("name,count\nA,200\nB,x\nC,3\n", false);
    assertEquals(
        List.of(
            new RowError(3, "count", "integer", "count must be a whole number"),
            new RowError(2, "count", "max", "at most 100")),
        report.errors());
    assertEquals(3, report.rows());
    assertEquals(0, report.written());
    assertEquals(List.of(), written);
  }

  @Test
  void aDryRunOnlyReports() {
    ImportReport report = run("name,count\nA,1\nB,2\n", true);
    assertEquals(new ImportReport(true, 2, List.of(), 0), report);
    assertEquals(List.of(), written);
  }

  @Test
  void aCleanRealRunWritesEveryRow() {
    ImportReport report = run("name,count\nA,1\nB,2\n", false);
    assertEquals(new ImportReport(false, 2, List.of(), 2), report);
    assertEquals(List.of(1, 2), written);
  }
}
