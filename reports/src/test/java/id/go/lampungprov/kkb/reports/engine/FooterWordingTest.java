package id.go.lampungprov.kkb.reports.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.document.AttendanceSheet;
import id.go.lampungprov.kkb.reports.document.EventFacts;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.qr.QrCodes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The footer beside the QR code of an issued document, read back from the rendered PDF: each kind
 * of signature says what it is, and only a BSrE signature names BSrE and BSSN as its issuer.
 */
class FooterWordingTest {

  private static final String URL = "https://kkb.example/verify/x";
  private static final String BSRE_WORDING =
      "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang"
          + " diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara"
          + " (BSSN).";

  @Test
  void aBsreSignedDocumentSaysItsCertificateWasIssuedByBsreBesideTheQrCode() throws Exception {
    String footer = renderedFooter(IssueMark.Signing.BSRE);
    assertTrue(footer.contains(BSRE_WORDING), footer);
    assertTrue(footer.contains("Periksa keaslian: " + URL), footer);
  }

  @Test
  void theInstallationsOwnSignatureSaysSoAndNeverClaimsBsre() throws Exception {
    String footer = renderedFooter(IssueMark.Signing.INSTALLATION);
    assertTrue(
        footer.contains(
            "Ditandatangani secara elektronik dengan sertifikat instalasi Sistem Informasi Kampung"
                + " KB Provinsi Lampung atas nama DINAS PPPA (bukan sertifikat BSrE)."),
        footer);
    assertFalse(footer.contains("diterbitkan oleh Balai Sertifikasi Elektronik"), footer);
    assertFalse(footer.contains("BSSN"), footer);
    assertTrue(footer.contains("Periksa keaslian: " + URL), footer);
  }

  @Test
  void aManuallyUploadedSignatureKeepsANeutralWording() throws Exception {
    String footer = renderedFooter(IssueMark.Signing.EXTERNAL);
    assertTrue(
        footer.contains("Dokumen ini ditandatangani secara elektronik di luar aplikasi oleh DINAS"),
        footer);
    assertFalse(footer.contains("BSrE"), footer);
    assertFalse(footer.contains("BSSN"), footer);
  }

  /** The text of an issued attendance sheet with this kind of signature, spaces collapsed. */
  private static String renderedFooter(IssueMark.Signing signing) throws Exception {
    IssueMark mark =
        new IssueMark(
            "000.1.2.3/7/DPPPA/VI/2020", QrCodes.png(URL, 120), URL, "DINAS PPPA", signing);
    AttendanceSheet sheet =
        new AttendanceSheet(
            new Letterhead("PEMERINTAH PROVINSI LAMPUNG", "DINAS PPPA", "Bandar Lampung", null),
            mark,
            new EventFacts(
                "Pembinaan",
                LocalDate.of(2020, 6, 5),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                "Balai Desa"),
            false,
            null,
            List.of());
    byte[] pdf = ReportRenderer.pdf(TemplateParameters.parts(sheet));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
