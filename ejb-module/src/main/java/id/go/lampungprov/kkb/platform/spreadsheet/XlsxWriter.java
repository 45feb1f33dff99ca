package id.go.lampungprov.kkb.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet as an XLSX workbook with POI's streaming writer (a window of rows in memory, the
 * rest on disk): a bold, frozen header row, text cells formatted as text so region codes like
 * 18.07.04.2003 and leading zeros survive a round trip through Excel, numbers as numbers.
 */
public final class XlsxWriter {

  /** Rows kept in memory while writing; the rest are flushed to a temporary file. */
  private static final int WINDOW = 200;

  /** POI's text format "@", built in as number 49. */
  private static final short TEXT_FORMAT = 49;

  private XlsxWriter() {}

  /**
   * @param rows cells as text, or as {@link Number} for figures a user will sum and chart
   */
  public static byte[] write(String sheetName, List<String> header, List<? extends List<?>> rows) {
    return write(List.of(new SheetContent(sheetName, header, rows)));
  }

  /** A sheet: its name, the header row and the rows below it. */
  public record SheetContent(String name, List<String> header, List<? extends List<?>> rows) {}

  /** Several sheets in one workbook, in this order. */
  public static byte[] write(List<SheetContent> sheets) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    // Plain zip entries: readable by every zip reader (java.util.zip included), and a sheet of
    // ours never comes near the 4 GB where Zip64 would be needed.
    workbook.setZip64Mode(Zip64Mode.Never);
    try {
      CellStyle bold = textStyle(workbook, true);
      CellStyle text = textStyle(workbook, false);
      for (SheetContent s : sheets) {
        sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(s.name())), s, bold, text);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        workbook.close();
      } catch (IOException e) {
        // The temporary rows file is gone or will be at exit; the workbook was written.
      }
    }
  }

  private static void sheet(Sheet sheet, SheetContent s, CellStyle bold, CellStyle text) {
    List<String> header = s.header();
    sheet.createFreezePane(0, 1);
    for (int c = 0; c < header.size(); c++) {
      sheet.setColumnWidth(c, 256 * Math.max(12, Math.min(60, header.get(c).length() + 4)));
    }
    row(sheet, 0, header, bold);
    for (int r = 0; r < s.rows().size(); r++) {
      row(sheet, r + 1, s.rows().get(r), text);
    }
  }

  private static void row(Sheet sheet, int index, List<?> cells, CellStyle style) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.size(); c++) {
      Object value = cells.get(c);
      if (value instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (value != null && !value.toString().isEmpty()) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(SpreadsheetText.safe(value.toString()));
      }
    }
  }

  private static CellStyle textStyle(Workbook workbook, boolean bold) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(TEXT_FORMAT);
    if (bold) {
      Font font = workbook.createFont();
      font.setBold(true);
      style.setFont(font);
    }
    return style;
  }
}
