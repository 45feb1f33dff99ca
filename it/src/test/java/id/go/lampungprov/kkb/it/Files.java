package id.go.lampungprov.kkb.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files made on the fly: images and XLSX workbooks as a spreadsheet program saves them. */
final class Files {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Files() {}

  static byte[] image(String format, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      img.setRGB(x, x % height, 0x2E7D32);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A one-sheet workbook with shared strings, as Excel writes it (through Apache POI). */
  static byte[] xlsx(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Data");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          if (v.matches("-?\\d{1,9}")) {
            row.createCell(c).setCellValue(Integer.parseInt(v));
          } else if (!v.isEmpty()) {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
