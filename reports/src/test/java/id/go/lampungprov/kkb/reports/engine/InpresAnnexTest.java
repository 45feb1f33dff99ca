package id.go.lampungprov.kkb.reports.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.model.InpresRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The Inpres annex of the recap: a line per regency, a column pair per target and the total. */
class InpresAnnexTest {

  @Test
  void theAnnexPrintsTargetsByRegencyOnALandscapePage() throws Exception {
    List<InpresRow> rows = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      rows.add(
          new InpresRow(
              String.valueOf(i),
              "KABUPATEN " + i,
              "1",
              "1",
              "2",
              "1",
              "0",
              "0",
              "3",
              "2",
              "4",
              "2"));
    }
    rows.add(
        new InpresRow(
            "", "<b>Jumlah</b>", "15", "15", "30", "15", "0", "0", "45", "30", "60", "30"));
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", "LAMPIRAN: INTERVENSI MENURUT SASARAN INPRES 3/2022");
    p.put("SUBTITLE", "Provinsi Lampung, tahun 2025");
    p.put("CHILD_LEVEL", "Kabupaten/Kota");
    for (int i = 1; i <= 4; i++) {
      p.put("TARGET_" + i, "S" + i);
    }
    p.put(
        "LEGEND",
        "S1: Penyediaan data dan peningkatan cakupan administrasi kependudukan\nS4: Penataan lingkungan");
    p.put("NOTE", "Satu intervensi dihitung sekali per sasaran.");

    byte[] pdf = ReportRenderer.pdf(ReportTemplate.LAMPIRAN_INPRES, p, rows);
    Path dir = Path.of("target", "report-samples");
    Files.createDirectories(dir);
    Files.write(dir.resolve("lampiran-inpres.pdf"), pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("LAMPIRAN: INTERVENSI MENURUT SASARAN INPRES 3/2022"), text);
      assertTrue(text.contains("Sasaran S3"), text);
      assertTrue(text.contains("KABUPATEN 15"), text);
      assertTrue(text.contains("S1: Penyediaan data"), text);
      assertTrue(text.contains("(konsep)"), text);
      assertFalse(RenderedPages.blank(new PDFRenderer(doc).renderImageWithDPI(0, 40)));
    }
  }

  @Test
  void aLineHasTwoFiguresPerTargetAndForAll() {
    assertThrows(IllegalArgumentException.class, () -> new InpresRow("1", "X", "1", "2"));
  }
}
