package id.go.lampungprov.kkb.reports.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.document.ActivityReport;
import id.go.lampungprov.kkb.reports.document.AttendanceSheet;
import id.go.lampungprov.kkb.reports.document.EventFacts;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.Signature;
import id.go.lampungprov.kkb.reports.model.AgendaRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The Laporan Kegiatan of the reference event (Balai Desa Sidodadi, 5 June 2020) as a PDF: the
 * sections of an official report in order, the obstacles as written, and page breaks that never
 * leave a heading at the foot of a page.
 */
class ActivityReportTemplateTest {

  static final List<String> HEADINGS =
      List.of(
          "I. PENDAHULUAN",
          "A. Umum",
          "B. Maksud dan Tujuan",
          "C. Ruang Lingkup",
          "D. Dasar",
          "II. KEGIATAN YANG DILAKSANAKAN",
          "A. Waktu, Tempat dan Peserta",
          "B. Susunan Acara",
          "C. Jalannya Kegiatan",
          "III. HASIL YANG DICAPAI",
          "A. Hasil",
          "B. Hambatan/Kendala",
          "C. Upaya Mengatasi Hambatan/Kendala",
          "D. Rencana Tindak Lanjut",
          "IV. SIMPULAN DAN SARAN",
          "A. Simpulan",
          "B. Saran",
          "V. PENUTUP");

  private static final String OBSTACLES =
      "Data keluarga di Kampung KB Sidodadi belum seluruhnya diperbarui; sebagian kader belum"
          + " memahami kriteria Center of Excellence.";

  static ActivityReport reference(String obstacles, int agendaItems) {
    EventFacts event =
        new EventFacts(
            "Pembinaan dan Pengembangan Center of Excellence (COE) Pengelolaan Kampung KB",
            LocalDate.of(2020, 6, 5),
            LocalTime.of(9, 0),
            LocalTime.of(12, 30),
            "Balai Desa Sidodadi");
    Letterhead letterhead =
        new Letterhead(
            "PEMERINTAH PROVINSI LAMPUNG",
            "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
            "Jl. Basuki Rahmat No. 16, Bandar Lampung",
            null);
    AttendanceSheet.Totals totals = new AttendanceSheet.Totals(20, 18, 6, 12, 2, 0);
    List<AgendaRow> agenda = new ArrayList<>();
    for (int i = 0; i < agendaItems; i++) {
      agenda.add(
          new AgendaRow(
              String.format("%02d.%02d", 8 + i / 2, i % 2 * 30),
              "Acara ke-" + (i + 1),
              "Perwakilan BKKBN Provinsi Lampung"));
    }
    return new ActivityReport(
        letterhead,
        null,
        new Signature(
            "Bandar Lampung",
            LocalDate.of(2020, 6, 8),
            "Kepala Dinas PPPA Provinsi Lampung",
            "Theresia Sormin",
            "Pembina Utama Muda",
            "19650101 199003 2 001"),
        event,
        List.of("Dinas PPPA Provinsi Lampung", "Perwakilan BKKBN Provinsi Lampung"),
        List.of(
            new ActivityReport.Official("Theresia Sormin", "Kepala Dinas PPPA Provinsi Lampung"),
            new ActivityReport.Official("Camat Pekalongan", "Camat Pekalongan")),
        totals,
        List.of(new ActivityReport.Count("POKJA", 8), new ActivityReport.Count("CADRE", 10)),
        "Protokol pencegahan COVID-19: masker, cuci tangan, jaga jarak, cek suhu tubuh",
        "Peserta memahami kriteria Center of Excellence pengelolaan Kampung KB.",
        new ActivityReport.Minutes(
            "Pengelolaan Kampung KB di Lampung masih mengarah pada capaian kuantitatif.",
            "Pokja menyusun rencana kegiatan masyarakat (RKM)."),
        List.of(
            new ActivityReport.FollowUp(
                "Menyusun RKM Kampung KB Sidodadi 2020", "Ketua Pokja", LocalDate.of(2020, 7, 5))),
        agenda,
        new AttendanceSheet(letterhead, null, event, true, totals, List.of()),
        List.of(),
        List.of("Kampung KB Sidodadi"),
        "APBD Provinsi Lampung",
        new ActivityReport.Draft(
            null,
            null,
            null,
            List.of(),
            obstacles,
            "Pendampingan pemutakhiran data oleh PKB dan sosialisasi kriteria COE kepada kader.",
            "Kampung KB Sidodadi siap dibina menuju Center of Excellence.",
            "OPD KB kabupaten mendampingi Pokja secara berkala."));
  }

  @Test
  void theReferenceReportCarriesTheSectionsOfAnOfficialReportInOrder() throws Exception {
    byte[] pdf = ReportRenderer.pdf(reference(OBSTACLES, 6));
    Path out = Path.of("target", "laporan-kegiatan-reference.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf); // for a look with pdftoppm
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace("\r", "").replaceAll(" +", " ");
      int at = 0;
      for (String heading : HEADINGS) {
        int found = text.indexOf("\n" + heading + "\n", at);
        assertTrue(found >= 0, heading + " after position " + at + " in:\n" + text);
        at = found + heading.length();
      }
      assertTrue(text.contains(OBSTACLES.substring(0, 60)), text);
      assertTrue(text.indexOf("DAFTAR HADIR") > at, "the attendance list follows the closing");
      assertTrue(
          text.contains("1. Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan"),
          text);
      assertFalse(text.contains("Instruksi Presiden Nomor 3 Tahun 2022"), "not yet enacted");
      assertTrue(text.contains("NIP. 19650101 199003 2 001"), text);
    }
  }

  @Test
  void aHeadingNeverEndsAPageApartFromItsText() throws Exception {
    // Long obstacles and a long agenda push the sections over several pages at varying offsets.
    for (int items = 4; items <= 28; items += 6) {
      String obstacles = (OBSTACLES + " ").repeat(items);
      byte[] pdf = ReportRenderer.pdf(reference(obstacles, items));
      Files.write(Path.of("target", "laporan-kegiatan-long-" + items + ".pdf"), pdf);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        Set<String> headings = Set.copyOf(HEADINGS);
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          List<String> lines =
              stripper
                  .getText(doc)
                  .replace("\r", "")
                  .lines()
                  .filter(l -> !l.isBlank() && !l.startsWith("Halaman"))
                  .toList();
          String last = lines.get(lines.size() - 1);
          assertFalse(headings.contains(last), "page " + page + " ends with " + last);
        }
        assertEquals(true, doc.getNumberOfPages() >= 2);
      }
    }
  }
}
