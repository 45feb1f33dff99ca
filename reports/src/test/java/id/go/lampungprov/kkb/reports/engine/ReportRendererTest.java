package id.go.lampungprov.kkb.reports.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.model.AttendanceRow;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  @Test
  void theAttendanceSheetEmbedsEveryFontAndPrintsItsRows() throws Exception {
    List<AttendanceRow> rows = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      rows.add(
          new AttendanceRow(
              "Peserta " + i,
              "Kader KB Sidodadi",
              i % 2 == 0 ? "P" : "L",
              "0812000000" + i,
              i <= 18 ? "Hadir" : "Izin"));
    }
    Map<String, Object> p = new HashMap<>();
    p.put("ISSUER_LINE_1", "PEMERINTAH PROVINSI LAMPUNG");
    p.put("ISSUER_LINE_2", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK");
    p.put("EVENT_TITLE", "Pembinaan COE Pengelolaan Kampung KB");
    p.put("EVENT_DAY_DATE", "Jumat, 5 Juni 2020");
    p.put("EVENT_TIME", "09.00 WIB");
    p.put("EVENT_VENUE", "Balai Desa Sidodadi");
    p.put("MARKED", Boolean.TRUE);

    byte[] pdf = ReportRenderer.pdf(ReportTemplate.DAFTAR_HADIR, p, rows);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 1);
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
      }
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("DAFTAR HADIR"), text);
      assertTrue(text.contains("Jumat, 5 Juni 2020"), text);
      assertTrue(text.contains("Peserta 20"), text);
      assertTrue(text.contains("Tanda Tangan"), text);
      BufferedImage first = new PDFRenderer(doc).renderImageWithDPI(0, 50);
      assertFalse(RenderedPages.blank(first), "page 1 has ink");
      assertEquals(true, text.contains("Halaman 1 dari"));
    }
  }

  @Test
  void anActivityReportAndItsAttendanceListBecomeOnePdf() throws Exception {
    Map<String, Object> report = new HashMap<>();
    report.put("EVENT_TITLE", "Pembinaan COE");
    report.put("SECTION_GENERAL", "<b>I. PENDAHULUAN</b>\nLatar &amp; tujuan");
    report.put("SIGN_NAME", "Nama Pejabat");
    report.put("SIGN_NIP", "19860926 201505 1 001");
    Map<String, Object> sheet = new HashMap<>();
    sheet.put("EVENT_TITLE", "Pembinaan COE");
    sheet.put("EVENT_DAY_DATE", "Jumat, 5 Juni 2020");
    byte[] pdf =
        ReportRenderer.pdf(
            List.of(
                new ReportRenderer.Part(
                    ReportTemplate.LAPORAN_KEGIATAN,
                    report,
                    List.of(
                        new id.go.lampungprov.kkb.reports.model.AgendaRow(
                            "09.00", "Pembukaan", null))),
                new ReportRenderer.Part(
                    ReportTemplate.DAFTAR_HADIR,
                    sheet,
                    List.of(new AttendanceRow("Siti", "Kader", "P", null, null)))));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("LAPORAN KEGIATAN") && text.contains("DAFTAR HADIR"), text);
      assertTrue(text.contains("Latar & tujuan"), "styled text escapes are decoded");
      assertTrue(text.contains("NIP. 19860926 201505 1 001"), text);
      assertTrue(doc.getNumberOfPages() >= 2);
    }
  }
}
