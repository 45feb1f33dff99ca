package id.go.lampungprov.kkb.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming writer: a window of {@link #WINDOW} rows in memory, the rest in a
 * compressed temporary file that is deleted when the sink closes. Row 1 is the title, row 2 the
 * bold header (both frozen); text cells are formatted as text so codes like 18.07.04.2003 and
 * leading zeros survive Excel. A sheet holds at most 1,048,576 rows: past that the rows continue on
 * a second sheet with the same title and header.
 */
final class XlsxTableSink implements TableSink {

  /** Rows kept in memory while writing; POI flushes older ones to the temporary file. */
  static final int WINDOW = 100;

  /** POI's text format "@", built in as number 49. */
  private static final short TEXT_FORMAT = 49;

  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

  private final OutputStream out;
  private final SXSSFWorkbook workbook;
  private final String sheetName;
  private final String title;
  private final List<String> header;
  private final CellStyle bold;
  private final CellStyle text;
  private Sheet sheet;
  private int next;
  private long rows;

  XlsxTableSink(OutputStream out, String sheetName, String title, List<String> header) {
    this.out = out;
    this.sheetName = sheetName;
    this.title = title;
    this.header = List.copyOf(header);
    workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    // Zip64 only when needed: a sheet of a million rows may pass 4 GB uncompressed.
    workbook.setZip64Mode(Zip64Mode.AsNeeded);
    bold = style(true);
    text = style(false);
    newSheet();
  }

  private void newSheet() {
    String name =
        workbook.getNumberOfSheets() == 0
            ? sheetName
            : sheetName + " " + (workbook.getNumberOfSheets() + 1);
    sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    sheet.createFreezePane(0, 2);
    for (int c = 0; c < header.size(); c++) {
      sheet.setColumnWidth(c, 256 * Math.max(12, Math.min(60, header.get(c).length() + 4)));
    }
    next = 0;
    write(List.of(title), bold);
    write(header, bold);
  }

  @Override
  public void row(List<?> cells) {
    if (next >= MAX_ROWS) {
      newSheet();
    }
    write(cells, text);
    rows++;
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      discard();
    }
  }

  @Override
  public void discard() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      // The temporary files are deleted already; nothing else is left to free.
    }
  }

  private void write(List<?> cells, CellStyle style) {
    Row row = sheet.createRow(next++);
    for (int c = 0; c < cells.size(); c++) {
      Object value = cells.get(c);
      if (value instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (value != null && !value.toString().isEmpty()) {
        var cell = row.createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(SpreadsheetText.safe(value.toString()));
      }
    }
  }

  private CellStyle style(boolean isBold) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(TEXT_FORMAT);
    if (isBold) {
      Font font = workbook.createFont();
      font.setBold(true);
      style.setFont(font);
    }
    return style;
  }
}
