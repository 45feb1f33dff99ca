package id.go.lampungprov.kkb.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XlsxTest {

  @Test
  void aWrittenSheetReadsBackCellForCell() throws Exception {
    List<String> header = List.of("villageCode", "name", "description");
    List<List<String>> rows =
        List.of(
            List.of("18.07.04.2003", "Kampung KB Sidodadi", "a & b <c> \"d\""),
            List.of("18.01.01.2001", "", "gap before"));

    Table table = XlsxReader.read(XlsxWriter.write("Kampung KB", header, rows));

    assertEquals(header, table.header());
    assertEquals(2, table.rows().size());
    assertEquals(rows.get(0), table.rows().get(0).cells());
    assertEquals(List.of("18.01.01.2001", "", "gap before"), table.rows().get(1).cells());
    assertEquals(3, table.rows().get(1).line());
  }

  @Test
  void readsSharedStringsNumbersAndDateFormattedCellsAsExcelWritesThem() throws Exception {
    String sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" s=\"1\"><v>42534</v></c>"
            + "<c r=\"C2\"><v>-5.1234000000000002</v></c></row>"
            + "<row r=\"3\"></row>"
            + "<row r=\"4\"><c r=\"A4\"><v>18</v></c><c r=\"C4\"><v>1.5E+1</v></c></row>"
            + "</sheetData></worksheet>";
    String shared =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>villageCode</t></si><si><t>declarationDate</t></si>"
            + "<si><r><t>lati</t></r><r><t>tude</t></r></si><si><t>18.07.04.2003</t></si></sst>";
    String styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>"
            + "</styleSheet>";

    Table table =
        XlsxReader.read(
            zip(
                "xl/workbook.xml",
                "<workbook><sheets><sheet name=\"a\" sheetId=\"1\"/></sheets></workbook>",
                "xl/worksheets/sheet1.xml",
                sheet,
                "xl/sharedStrings.xml",
                shared,
                "xl/styles.xml",
                styles));

    assertEquals(List.of("villageCode", "declarationDate", "latitude"), table.header());
    assertEquals(
        List.of("18.07.04.2003", "2016-06-13", "-5.1234000000000002"), table.rows().get(0).cells());
    assertEquals(List.of("18", "", "15"), table.rows().get(1).cells());
    assertEquals(4, table.rows().get(1).line());
  }

  @Test
  void refusesWhatIsNotAWorkbookAndEntityTricks() throws Exception {
    assertThrows(
        XlsxReader.UnreadableWorkbookException.class,
        () -> XlsxReader.read("not a zip".getBytes(StandardCharsets.UTF_8)));
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
            + "</sheetData></worksheet>";
    assertThrows(
        XlsxReader.UnreadableWorkbookException.class,
        () ->
            XlsxReader.read(
                zip("xl/workbook.xml", "<workbook/>", "xl/worksheets/sheet1.xml", xxe)));
  }

  @Test
  void namesColumnsLikeASpreadsheet() {
    assertEquals("A", XlsxWriter.columnName(0));
    assertEquals("Z", XlsxWriter.columnName(25));
    assertEquals("AA", XlsxWriter.columnName(26));
    assertEquals(27, XlsxReader.column("AB12"));
  }

  private static byte[] zip(String... namesAndContents) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
