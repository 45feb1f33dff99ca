package id.go.lampungprov.kkb.reports.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.images.Thumbnails;
import id.go.lampungprov.kkb.reports.model.GrowthRow;
import id.go.lampungprov.kkb.reports.model.PhotoRow;
import id.go.lampungprov.kkb.reports.model.ProfileRow;
import id.go.lampungprov.kkb.reports.model.RecapRow;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RecapTemplatesTest {

  @Test
  void theProvinceRecapPrintsItsTableAndGrowthChartOnLandscapePages() throws Exception {
    List<RecapRow> rows = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      rows.add(RecapFixtures.line(i, "KABUPATEN " + i));
    }
    rows.add(
        new RecapRow(
            "",
            "<b>Jumlah</b>",
            true,
            "2.651",
            "461",
            "17,4",
            "30",
            "1",
            "1",
            "1",
            "1",
            "1",
            "1",
            "1",
            "1"));
    Map<String, Object> p =
        RecapFixtures.parameters(
            "REKAPITULASI KAMPUNG KB PROVINSI LAMPUNG",
            "Kabupaten/Kota",
            2020,
            "Jumlah Kampung KB per Tahun",
            new GrowthRow("2016", 15),
            new GrowthRow("2017", 120),
            new GrowthRow("2019", 461));

    byte[] pdf = ReportRenderer.pdf(ReportTemplate.REKAPITULASI_PROVINSI, p, rows);
    sample("rekapitulasi-provinsi.pdf", pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage first = doc.getPage(0);
      boolean turned = first.getRotation() % 180 != 0;
      float w = first.getMediaBox().getWidth();
      float h = first.getMediaBox().getHeight();
      assertTrue(
          turned ? h > w : w > h, "landscape: " + w + "x" + h + " rotated " + first.getRotation());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("KABUPATEN 15"), text);
      assertTrue(text.contains("2.651"), text);
      assertTrue(text.contains("Jumlah Kampung KB per Tahun"), text);
      assertTrue(text.contains("461"), "the chart labels its bars");
      assertFalse(RenderedPages.blank(new PDFRenderer(doc).renderImageWithDPI(0, 40)));
    }
  }

  @Test
  void aProfileHeadsEachSectionOnce() throws Exception {
    List<ProfileRow> rows =
        List.of(
            new ProfileRow("A. Registrasi", "Nama", "Kampung KB Sidodadi"),
            new ProfileRow("A. Registrasi", "Desa", "Sidodadi"),
            new ProfileRow("B. Pokja", "Ketua", "Nama Ketua"));
    Map<String, Object> p = new HashMap<>();
    p.put("SUBJECT", "Kampung KB Sidodadi");
    byte[] pdf = ReportRenderer.pdf(ReportTemplate.PROFIL_KAMPUNG_KB, p, rows);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("PROFIL KAMPUNG KB"), text);
      assertEquals(1, text.split("A\\. Registrasi", -1).length - 1, text);
      assertTrue(text.contains("Nama Ketua"), text);
    }
  }

  @Test
  void photosAreAttachedTwoToARowScaledDown() throws Exception {
    BufferedImage big = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = big.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 3000, 2000);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(big, "png", png);
    byte[] jpeg = Thumbnails.jpeg(png.toByteArray(), 1200);
    BufferedImage scaled = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
    assertEquals(1200, scaled.getWidth());

    List<PhotoRow> rows = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      rows.add(new PhotoRow(jpeg, "Foto " + i));
    }
    Map<String, Object> p = new HashMap<>();
    p.put("ATTACHMENT_TITLE", "LAMPIRAN DOKUMENTASI KEGIATAN");
    p.put("EVENT_TITLE", "Pembinaan COE");
    byte[] pdf = ReportRenderer.pdf(ReportTemplate.LAMPIRAN_FOTO, p, rows);
    sample("lampiran-foto.pdf", pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Foto 6"), text);
      int images = 0;
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) {
            images++;
          }
        }
      }
      assertTrue(images >= 1, "photos are embedded");
    }
  }

  @Test
  void aReportWithoutDetailRowsStillPrintsItsLetterheadAndLogo() throws Exception {
    BufferedImage logo = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
    Map<String, Object> p = new HashMap<>();
    p.put("LOGO", logo);
    p.put("EVENT_TITLE", "Kegiatan tanpa susunan acara");
    byte[] pdf = ReportRenderer.pdf(ReportTemplate.LAPORAN_KEGIATAN, p, List.of());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(new PDFTextStripper().getText(doc).contains("LAPORAN KEGIATAN"));
      assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the logo");
    }
  }

  /** Kept under target/ for a look by eye; not part of any assertion. */
  private static void sample(String name, byte[] pdf) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "report-samples");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(dir.resolve(name), pdf);
  }
}
