package id.go.lampungprov.kkb.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSinkTest {

  private static final String TITLE = "Kampung KB; region=18.07; 2026-12-05 09:30 WIB";
  private static final List<String> HEADER = List.of("id", "name", "villageCode", "rw");

  @Test
  void csvHasTheTitleAsACommentThenTheHeaderThenEveryRow() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSink sink = TableSink.open(TableFormat.CSV, out, "Kampung KB", TITLE, HEADER)) {
      for (int i = 0; i < 1_000; i++) {
        sink.row(List.of(i, "Kampung " + i, "18.07.04.2003", i % 7));
      }
      assertEquals(1_000, sink.rows());
    }
    String csv = out.toString(StandardCharsets.UTF_8);

    assertTrue(
        csv.startsWith("# " + TITLE + "\r\nid,name,villageCode,rw\r\n"), csv.substring(0, 80));
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertEquals(1_000, records.size());
    assertEquals("Kampung 999", records.get(999).get("name"));
    assertEquals("18.07.04.2003", records.get(0).get("villageCode"));
  }

  @Test
  void csvGuardsFormulasAndQuotesSeparators() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSink sink = TableSink.open(TableFormat.CSV, out, "x", "t", List.of("a", "b"))) {
      sink.row(List.of("=HYPERLINK(\"x\")", "a, b"));
    }
    assertTrue(
        out.toString(StandardCharsets.UTF_8).endsWith("\"'=HYPERLINK(\"\"x\"\")\",\"a, b\"\r\n"),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void xlsxReadsBackWithTitleHeaderAndEveryRow() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = XlsxTableSink.WINDOW * 5 + 3;
    try (TableSink sink = TableSink.open(TableFormat.XLSX, out, "Kampung KB", TITLE, HEADER)) {
      for (int i = 0; i < n; i++) {
        sink.row(List.of(i, "Kampung " + i, "18.07.04.2003", "-"));
      }
    }

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("Kampung KB", sheet.getSheetName());
      assertEquals(TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("villageCode", sheet.getRow(1).getCell(2).getStringCellValue());
      assertEquals(n + 1, sheet.getLastRowNum());
      assertEquals(n - 1, sheet.getRow(n + 1).getCell(0).getNumericCellValue());
      assertEquals("18.07.04.2003", sheet.getRow(2).getCell(2).getStringCellValue());
      assertEquals("'-", sheet.getRow(2).getCell(3).getStringCellValue());
    }
  }

  @Test
  void xlsxLeavesNoTemporaryFileBehind(@TempDir Path tmp) throws IOException {
    // A directory of this test's own: others may build on the machine at the same time.
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(tmp.toFile()));
    try {
      writeAndDiscard();
      assertEquals(0, files(tmp));
    } finally {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }
  }

  private static void writeAndDiscard() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSink sink = TableSink.open(TableFormat.XLSX, out, "s", "t", List.of("a"))) {
      for (int i = 0; i < XlsxTableSink.WINDOW * 3; i++) {
        sink.row(List.of("row " + i));
      }
    }
    TableSink discarded = TableSink.open(TableFormat.XLSX, out, "s", "t", List.of("a"));
    for (int i = 0; i < XlsxTableSink.WINDOW * 3; i++) {
      discarded.row(List.of("row " + i));
    }
    discarded.discard();
  }

  private static long files(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
