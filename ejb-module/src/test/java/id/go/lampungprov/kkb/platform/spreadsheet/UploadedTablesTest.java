package id.go.lampungprov.kkb.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class UploadedTablesTest {

  private static final SheetLimits THREE = SheetLimits.forTemplate(3);

  @Test
  void aWrittenSheetReadsBackCellForCell() {
    List<String> header = List.of("villageCode", "name", "description");
    List<List<String>> rows =
        List.of(
            List.of("18.07.04.2003", "Kampung KB Sidodadi", "a & b <c> \"d\""),
            List.of("18.01.01.2001", "", "gap before"));

    Table table = xlsx(XlsxWriter.write("Kampung KB", header, rows), THREE);

    assertEquals(header, table.header());
    assertEquals(2, table.rows().size());
    assertEquals(rows.get(0), table.rows().get(0).cells());
    assertEquals(List.of("18.01.01.2001", "", "gap before"), table.rows().get(1).cells());
    assertEquals(3, table.rows().get(1).line());
  }

  @Test
  void aWrittenWorkbookIsAPlainZipEveryReaderOpens() throws Exception {
    byte[] xlsx = XlsxWriter.write("Rekap", List.of("a"), List.of(List.of("x"), List.of(1)));
    int entries = 0;
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        zip.readAllBytes();
        entries++;
      }
    }
    assertTrue(entries >= 5, "entries: " + entries);
  }

  @Test
  void readsNumbersAndDateFormattedCellsAsExcelShowsThem() throws Exception {
    byte[] workbook;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Data");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      row(sheet, 0, "villageCode", "declarationDate", "latitude");
      Row first = sheet.createRow(1);
      first.createCell(0).setCellValue("18.07.04.2003");
      first.createCell(1).setCellValue(LocalDate.of(2016, 6, 13));
      first.getCell(1).setCellStyle(date);
      first.createCell(2).setCellValue(-5.1234);
      sheet.createRow(2);
      Row third = sheet.createRow(3);
      third.createCell(0).setCellValue(18);
      third.createCell(2).setCellValue(15.0);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      book.write(bytes);
      workbook = bytes.toByteArray();
    }

    Table table = xlsx(workbook, THREE);

    assertEquals(List.of("villageCode", "declarationDate", "latitude"), table.header());
    assertEquals(List.of("18.07.04.2003", "2016-06-13", "-5.1234"), table.rows().get(0).cells());
    assertEquals(List.of("18", "", "15"), table.rows().get(1).cells());
    assertEquals(4, table.rows().get(1).line());
  }

  @Test
  void readsCsvAsExcelWritesItInIndonesia() {
    String csv =
        "\uFEFFvillageCode;name;description\r\n"
            + "18.07.04.2003;\"Kampung KB; Sidodadi\";\"two\r\nlines\"\r\n"
            + "\r\n"
            + "18.01.01.2001;B;\"say \"\"hi\"\"\"\r\n";

    Table table = csv(csv.getBytes(StandardCharsets.UTF_8), THREE);

    assertEquals(List.of("villageCode", "name", "description"), table.header());
    assertEquals(
        List.of("18.07.04.2003", "Kampung KB; Sidodadi", "two\r\nlines"),
        table.rows().get(0).cells());
    assertEquals(2, table.rows().get(0).line());
    assertEquals(List.of("18.01.01.2001", "B", "say \"hi\""), table.rows().get(1).cells());
    assertEquals(5, table.rows().get(1).line(), "after a two-line cell and a blank line");
  }

  @Test
  void limitsRefuseTheFileNamingTheRule() throws Exception {
    assertEquals("max-columns", csvRule("a,b,c\n1,2,3,4\n"));
    assertEquals("max-cell-length", csvRule("a\n" + "x".repeat(1_001) + "\n"));
    assertEquals("csv-syntax", csvRule("a\n\"open\n"));
    assertEquals("max-rows", rule(() -> csv("a\n1\n2\n3\n".getBytes(), limits(2))));
    assertEquals("max-rows", rule(() -> csv(("a\n" + ",\n".repeat(11)).getBytes(), limits(2))));
    assertEquals("utf-8", rule(() -> csv(new byte[] {'a', '\n', (byte) 0xC3, '(', '\n'}, THREE)));
    byte[] tooLarge = new byte[(int) SheetLimits.MAX_FILE_BYTES + 1];
    Arrays.fill(tooLarge, (byte) 'a');
    assertEquals("max-size", rule(() -> csv(tooLarge, THREE)));

    byte[] wide;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Data").createRow(1).createCell(16_000).setCellValue("far");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      book.write(bytes);
      wide = bytes.toByteArray();
    }
    assertEquals("max-columns", rule(() -> xlsx(wide, THREE)));
    assertEquals("xlsx-unreadable", rule(() -> xlsx(Arrays.copyOf(wide, wide.length / 2), THREE)));
    assertEquals("content-type-mismatch", rule(() -> xlsx("a,b\n".getBytes(), THREE)));
    assertEquals("content-type-mismatch", rule(() -> csv(wide, THREE)));
  }

  @Test
  void exportsNeutraliseFormulasButKeepNumbers() {
    assertEquals("'=HYPERLINK(\"x\")", SpreadsheetText.safe("=HYPERLINK(\"x\")"));
    assertEquals("'+62 812", SpreadsheetText.safe("+62 812"));
    assertEquals("'@SUM(A1)", SpreadsheetText.safe("@SUM(A1)"));
    assertEquals("'\tcmd", SpreadsheetText.safe("\tcmd"));
    assertEquals("'-1+1", SpreadsheetText.safe("-1+1"));
    assertEquals("-5.1234", SpreadsheetText.safe("-5.1234"));
    assertEquals("Sidodadi", SpreadsheetText.safe("Sidodadi"));
  }

  private static SheetLimits limits(int rows) {
    return new SheetLimits(3, rows, 1_000, 1_000_000);
  }

  private static void row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c]);
    }
  }

  private static Table xlsx(byte[] file, SheetLimits limits) {
    return UploadedTables.read(new ByteArrayInputStream(file), TableFormat.XLSX, limits);
  }

  private static Table csv(byte[] file, SheetLimits limits) {
    return UploadedTables.read(new ByteArrayInputStream(file), TableFormat.CSV, limits);
  }

  private static String csvRule(String csv) {
    return rule(() -> csv(csv.getBytes(StandardCharsets.UTF_8), THREE));
  }

  private static String rule(Runnable read) {
    InvalidInputException e = assertThrows(InvalidInputException.class, read::run);
    assertEquals("file", e.field());
    return e.rule();
  }
}
