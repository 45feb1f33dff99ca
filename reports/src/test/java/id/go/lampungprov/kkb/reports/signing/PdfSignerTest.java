package id.go.lampungprov.kkb.reports.signing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.ReportTemplate;
import id.go.lampungprov.kkb.reports.model.AttendanceRow;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignerTest {

  @TempDir Path dir;

  @Test
  void aSignedPdfVerifiesAndOneChangedByteBreaksIt() {
    Path p12 = dir.resolve("dev.p12");
    DevelopmentKeystore.create(
        p12, "rahasia-uji".toCharArray(), "Dinas PPPA Provinsi Lampung, Bandar Lampung");
    PdfSigner signer =
        DevelopmentKeystore.load(p12, "rahasia-uji".toCharArray(), DevelopmentKeystore.ALIAS);
    byte[] pdf =
        ReportRenderer.pdf(
            ReportTemplate.DAFTAR_HADIR,
            Map.of(
                "EVENT_TITLE",
                "Uji",
                "EVENT_DAY_DATE",
                "Jumat, 5 Juni 2020",
                "EVENT_TIME",
                "09.00",
                "EVENT_VENUE",
                "Balai Desa"),
            List.of(new AttendanceRow("Siti", "Kader", "P", null, null)));

    byte[] signed = signer.sign(pdf, "Dinas PPPA", "Uji", "Bandar Lampung", Calendar.getInstance());

    SignatureCheck good = PdfSignatureVerifier.check(signed);
    assertTrue(good.valid(), good.toString());
    assertTrue(good.signerSubject().contains("DEVELOPMENT"), good.signerSubject());
    assertTrue("ETSI.CAdES.detached".equals(good.subFilter()), good.subFilter());
    byte[] changed = signed.clone();
    changed[pdf.length / 2] ^= 0x01;
    assertFalse(PdfSignatureVerifier.check(changed).intact(), "a changed byte is detected");
    assertFalse(PdfSignatureVerifier.check(pdf).signed(), "the unsigned original has no signature");
    byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 20);
    assertFalse(
        PdfSignatureVerifier.check(appended).coversWholeDocument(), "bytes added after signing");
  }
}
