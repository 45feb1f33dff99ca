package id.go.lampungprov.kkb.reports.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.model.GrowthRow;
import id.go.lampungprov.kkb.reports.model.RecapRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeReportsTest {

  @TempDir Path swapDir;

  @Test
  void aNationalRecapWithAPagePerProvinceIsVirtualizedAndLeavesNoSwapFileBehind() throws Exception {
    List<ReportRenderer.Part> parts = nationalRecap(38, 514);
    assertTrue(ReportRenderer.virtualizes(parts));
    String tmp = System.getProperty("java.io.tmpdir");
    byte[] pdf;
    System.setProperty("java.io.tmpdir", swapDir.toString());
    try {
      pdf = ReportRenderer.pdf(parts);
    } finally {
      System.setProperty("java.io.tmpdir", tmp);
    }
    try (Stream<Path> left = Files.list(swapDir)) {
      assertEquals(List.of(), left.toList(), "cleanup() deletes the swap file");
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 39, "a page per province at least");
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("PROVINSI 38"), "the last attachment is there");
      assertTrue(text.contains("KABUPATEN 38.13"), "with its last line");
      assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the logo");
    }
  }

  @Test
  void theProvinceRecapStaysOnTheHeap() {
    assertFalse(ReportRenderer.virtualizes(nationalRecap(15, 229)));
  }

  /** A main table of {@code areas} lines and a page per area sharing {@code lines} lines. */
  private static List<ReportRenderer.Part> nationalRecap(int areas, int lines) {
    BufferedImage logo = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
    List<ReportRenderer.Part> parts = new ArrayList<>();
    parts.add(part("INDONESIA", "PROVINSI", areas, logo));
    for (int a = 1; a <= areas; a++) {
      int share = lines / areas + (a <= lines % areas ? 1 : 0);
      parts.add(part("PROVINSI " + a, "KABUPATEN " + a + ".", share, logo));
    }
    return parts;
  }

  private static ReportRenderer.Part part(
      String title, String linePrefix, int count, BufferedImage logo) {
    Map<String, Object> p =
        RecapFixtures.parameters(
            "REKAPITULASI KAMPUNG KB " + title,
            "Wilayah",
            2025,
            "Jumlah Kampung KB pada Akhir Tahun, " + title,
            new GrowthRow("2016", 15),
            new GrowthRow("2025", 461));
    p.put("LOGO", logo);
    List<RecapRow> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(
          RecapFixtures.line(
              i, linePrefix + (linePrefix.endsWith(".") ? String.format("%02d", i) : " " + i)));
    }
    rows.add(
        new RecapRow(
            "", "<b>Jumlah</b>", true, "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1"));
    return new ReportRenderer.Part(ReportTemplate.REKAPITULASI_PROVINSI, p, rows);
  }
}
