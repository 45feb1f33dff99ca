package id.go.lampungprov.kkb.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one sheet of text cells as an XLSX workbook: a bold, frozen header row, every cell typed
 * as text so region codes like 18.07.04.2003 and leading zeros survive a round trip through Excel.
 */
public final class XlsxWriter {

  private XlsxWriter() {}

  /**
   * @param rows cells as text, or as {@link Number} for figures a user will sum and chart
   */
  public static byte[] write(String sheetName, List<String> header, List<? extends List<?>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", ROOT_RELS);
      put(
          zip,
          "xl/workbook.xml",
          WORKBOOK.replace(
              "SHEET_NAME", escape(sheetName.substring(0, Math.min(31, sheetName.length())))));
      put(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
      put(zip, "xl/styles.xml", STYLES);
      put(zip, "xl/worksheets/sheet1.xml", sheet(header, rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String sheet(List<String> header, List<? extends List<?>> rows) {
    StringBuilder xml = new StringBuilder(64 * (rows.size() + 1) * Math.max(1, header.size()));
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\"")
        .append(" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>")
        .append("<cols>");
    for (int c = 0; c < header.size(); c++) {
      int width = Math.max(12, Math.min(60, header.get(c).length() + 4));
      xml.append("<col min=\"")
          .append(c + 1)
          .append("\" max=\"")
          .append(c + 1)
          .append("\" width=\"")
          .append(width)
          .append("\" customWidth=\"1\"/>");
    }
    xml.append("</cols><sheetData>");
    row(xml, 1, header, 1);
    for (int r = 0; r < rows.size(); r++) {
      row(xml, r + 2, rows.get(r), 2);
    }
    xml.append("</sheetData></worksheet>");
    return xml.toString();
  }

  private static void row(StringBuilder xml, int number, List<?> cells, int style) {
    xml.append("<row r=\"").append(number).append("\">");
    for (int c = 0; c < cells.size(); c++) {
      Object cell = cells.get(c);
      if (cell instanceof Number n) {
        xml.append("<c r=\"")
            .append(columnName(c))
            .append(number)
            .append("\"><v>")
            .append(n)
            .append("</v></c>");
        continue;
      }
      String value = cell == null ? null : cell.toString();
      if (value == null || value.isEmpty()) {
        continue;
      }
      xml.append("<c r=\"")
          .append(columnName(c))
          .append(number)
          .append("\" s=\"")
          .append(style)
          .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
          .append(escape(value))
          .append("</t></is></c>");
    }
    xml.append("</row>");
  }

  static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          // Control characters other than tab and line breaks are not allowed in XML 1.0.
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "</Types>";

  private static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>";

  private static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"SHEET_NAME\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

  private static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/styles\" Target=\"styles.xml\"/>"
          + "</Relationships>";

  /** Style 1: bold header; style 2: text format (@) so Excel keeps codes as typed. */
  private static final String STYLES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "</borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          + "</cellStyleXfs>"
          + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\""
          + " xfId=\"0\"/><xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\" applyNumberFormat=\"1\"/><xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\""
          + " borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
          + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          + "</cellStyles></styleSheet>";
}
