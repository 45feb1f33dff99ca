package id.go.lampungprov.kkb.reports.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.document.ActivityReport;
import id.go.lampungprov.kkb.reports.document.AssessmentMinutes;
import id.go.lampungprov.kkb.reports.document.AttendanceSheet;
import id.go.lampungprov.kkb.reports.document.EventFacts;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.Signature;
import id.go.lampungprov.kkb.reports.model.AttendanceRow;
import id.go.lampungprov.kkb.reports.qr.QrCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The records of the documents, as the templates receive them. */
class TemplateParametersTest {

  private static final Letterhead DPPPA =
      new Letterhead(
          "PEMERINTAH PROVINSI LAMPUNG",
          "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
          "Bandar Lampung",
          null);
  private static final EventFacts EVENT =
      new EventFacts(
          "Pembinaan <COE> & Kampung KB",
          LocalDate.of(2020, 6, 5),
          LocalTime.of(9, 0),
          LocalTime.of(12, 30),
          "Balai Desa Sidodadi");
  private static final AttendanceSheet.Totals TOTALS = new AttendanceSheet.Totals(3, 2, 1, 1, 1, 0);

  private static AttendanceSheet sheet(boolean marked, IssueMark mark) {
    return new AttendanceSheet(
        DPPPA,
        mark,
        EVENT,
        marked,
        marked ? TOTALS : null,
        List.of(
            new AttendanceSheet.Attendee(
                "Siti",
                "Kader",
                false,
                "0812",
                AttendanceSheet.Attendance.PRESENT,
                LocalTime.of(8, 31)),
            new AttendanceSheet.Attendee(
                "Budi", "Pokja", true, null, AttendanceSheet.Attendance.EXCUSED, null),
            new AttendanceSheet.Attendee(
                "Ani", "Kader", false, null, AttendanceSheet.Attendance.NOT_RECORDED, null)));
  }

  @Test
  void theAttendanceSheetGetsItsEventTotalsAndMarks() {
    ReportRenderer.Part part = TemplateParameters.parts(sheet(true, null)).get(0);
    Map<String, Object> p = part.parameters();
    assertEquals(ReportTemplate.DAFTAR_HADIR, part.template());
    assertEquals("PEMERINTAH PROVINSI LAMPUNG", p.get("ISSUER_LINE_1"));
    assertEquals("Jumat, 5 Juni 2020", p.get("EVENT_DAY_DATE"));
    assertEquals("09.00 \u2013 12.30 WIB", p.get("EVENT_TIME"));
    assertEquals(
        "Hadir 2 dari 3 peserta (laki-laki 1, perempuan 1); izin 1; tidak hadir 0.",
        p.get("TOTALS"));
    assertFalse(p.containsKey("DOCUMENT_NUMBER"), "a draft has no number");
    List<?> rows = List.copyOf(part.rows());
    assertEquals("Hadir 08.31", ((AttendanceRow) rows.get(0)).mark());
    assertEquals("P", ((AttendanceRow) rows.get(0)).sex());
    assertEquals("Izin", ((AttendanceRow) rows.get(1)).mark());
    assertNull(((AttendanceRow) rows.get(2)).mark());

    Map<String, Object> blank = TemplateParameters.parts(sheet(false, null)).get(0).parameters();
    assertFalse(blank.containsKey("TOTALS"));
  }

  @Test
  void anIssuedDocumentCarriesItsNumberQrCodeAndVerificationNote() {
    IssueMark mark =
        new IssueMark(
            "000.1.2.3/7/DPPPA/VI/2020",
            QrCodes.png("https://kkb.example/verify/x", 120),
            "https://kkb.example/verify/x",
            "DINAS PPPA",
            IssueMark.Signing.EXTERNAL);
    Map<String, Object> p = TemplateParameters.parts(sheet(false, mark)).get(0).parameters();
    assertEquals("000.1.2.3/7/DPPPA/VI/2020", p.get("DOCUMENT_NUMBER"));
    assertTrue(p.get("VERIFY_QR") instanceof java.awt.Image);
    assertTrue(
        p.get("VERIFY_TEXT")
            .toString()
            .startsWith("Dokumen ini ditandatangani secara elektronik di luar aplikasi oleh"),
        p.get("VERIFY_TEXT").toString());
  }

  @Test
  void theActivityReportReadsAsBeforeWithTypedTextEscapedAndItsAttachments() throws Exception {
    ActivityReport report =
        new ActivityReport(
            DPPPA,
            null,
            new Signature(
                "Bandar Lampung", LocalDate.of(2020, 6, 8), "Kepala Dinas", "Dra. X", null, null),
            EVENT,
            List.of("Dinas PPPA", "Perwakilan BKKBN"),
            List.of(
                new ActivityReport.Official("Wakil Gubernur", "Wakil Gubernur"),
                new ActivityReport.Official("Theresia Sormin", "Kepala Perwakilan")),
            TOTALS,
            List.of(new ActivityReport.Count("CADRE", 2)),
            null,
            "Hasil <baik>",
            null,
            List.of(
                new ActivityReport.FollowUp(
                    "Lengkapi SK", "Kepala Desa", LocalDate.of(2020, 7, 1))),
            List.of(),
            sheet(true, null),
            List.of(),
            List.of("Kampung KB Sidodadi"),
            null,
            null);
    List<ReportRenderer.Part> parts = TemplateParameters.parts(report);
    assertEquals(2, parts.size(), "report and attendance sheet; no photos, no photo page");
    Map<String, Object> p = parts.get(0).parameters();
    assertEquals(
        "<b>II. KEGIATAN YANG DILAKSANAKAN</b>\n<b>A. Waktu, Tempat dan Peserta</b>\nHari/Tanggal : Jumat, 5 Juni 2020\nWaktu : 09.00 \u2013 12.30 WIB"
            + "\nTempat : Balai Desa Sidodadi\nPenyelenggara : Dinas PPPA, bekerja sama dengan"
            + " Perwakilan BKKBN\nPejabat yang hadir :\n1. Wakil Gubernur\n2. Theresia Sormin,"
            + " Kepala Perwakilan\nPeserta : hadir 2 dari 3 orang yang diundang (laki-laki 1,"
            + " perempuan 1); kader 2",
        p.get("SECTION_IMPLEMENTATION"));
    assertTrue(
        p.get("SECTION_GENERAL")
            .toString()
            .endsWith("diselenggarakan kegiatan Pembinaan &lt;COE&gt; &amp; Kampung KB."),
        p.get("SECTION_GENERAL").toString());
    assertEquals(
        "<b>III. HASIL YANG DICAPAI</b>\n<b>A. Hasil</b>\nHasil &lt;baik&gt;",
        p.get("SECTION_RESULTS"));
    assertEquals("<b>B. Hambatan/Kendala</b>\n-", p.get("SECTION_OBSTACLES"));
    assertEquals(
        "<b>IV. SIMPULAN DAN SARAN</b>\n<b>A. Simpulan</b>\n-", p.get("SECTION_CONCLUSIONS"));
    assertEquals(
        "<b>D. Rencana Tindak Lanjut</b>\n1. Lengkapi SK (penanggung jawab: Kepala Desa; batas waktu:"
            + " 1 Juli 2020)",
        p.get("SECTION_FOLLOW_UPS"));
    assertEquals("Bandar Lampung, 8 Juni 2020", p.get("SIGN_PLACE_DATE"));

    try (PDDocument doc = Loader.loadPDF(ReportRenderer.pdf(report))) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("I. PENDAHULUAN") && text.contains("DAFTAR HADIR"), text);
    }
  }

  @Test
  void theMinutesSpellTheDayAndListTheTeam() {
    AssessmentMinutes minutes =
        new AssessmentMinutes(
            DPPPA,
            null,
            LocalDate.of(2020, 7, 8),
            false,
            "Kampung KB Sidodadi",
            List.of("Sidodadi", "Pekalongan", "Lampung Timur"),
            "2020",
            "COE-2023",
            1,
            new BigDecimal("100"),
            "COE",
            List.of(new AssessmentMinutes.Agreement("A1", "4", "bukti lengkap")),
            List.of(),
            List.of(new AssessmentMinutes.Assessor("Ketua Tim", true)),
            List.of());
    Map<String, Object> p = TemplateParameters.parts(minutes).get(0).parameters();
    assertEquals(
        "Pada hari ini <b>Rabu tanggal delapan bulan Juli tahun dua ribu dua puluh</b>, kami Tim"
            + " Penilai tahap provinsi telah melaksanakan penilaian Center of Excellence (COE)"
            + " pengelolaan Kampung KB terhadap <b>Kampung KB Sidodadi</b>, Sidodadi, Pekalongan,"
            + " Lampung Timur, periode 2020, dengan instrumen COE-2023 revisi 1. Hasil penilaian"
            + " sebagai berikut:",
        p.get("OPENING"));
    assertEquals(
        "<b>Jumlah skor: 100,00 dari 100 \u2014 Kategori: Center of Excellence (COE)</b>"
            + "\nKesepakatan tim untuk A1: nilai 4 (bukti lengkap)."
            + "\n<b>Rekomendasi:</b> pertahankan praktik baik dan bagikan kepada Kampung KB lain"
            + " sebagai rujukan.",
        p.get("RESULT"));
    assertTrue(
        p.get("SIGNATURES").toString().startsWith("<b>Tim Penilai</b>\n1. Ketua Tim (Ketua)"));
  }

  @Test
  void typedTextIsNeverTakenForMarkup() {
    assertEquals(
        "&lt;b&gt;Kader &amp;amp; PKB&lt;/b&gt;",
        TemplateParameters.escape("<b>Kader &amp; PKB</b>"));
  }
}
