package id.go.lampungprov.kkb.documents.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.documents.domain.SignatureBlock;
import id.go.lampungprov.kkb.documents.domain.TestIssuers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LetterheadsTest {

  private static final SignatureBlock HEAD =
      new SignatureBlock(
          "Dr. Uji Kepala Dinas",
          "Kepala Dinas",
          "Pembina Utama Muda (IV/c)",
          "19700101 200003 1 002");

  private static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  private static DocumentService.Stamp stamp(boolean external) throws IOException {
    return new DocumentService.Stamp(
        "400.13.1/7/DPPPA/2020",
        "https://kkb.lampungprov.go.id/verify/abc",
        png(120, 120),
        TestIssuers.dpppa(),
        HEAD,
        LocalDate.of(2020, 6, 5),
        external);
  }

  @Test
  void theLetterheadIsTheIssuersLinesAndAddressWithoutALogoWhenNoneIsUploaded() {
    Map<String, Object> p = new Letterheads().of(TestIssuers.dpppa());
    assertEquals("PEMERINTAH PROVINSI LAMPUNG", p.get("ISSUER_LINE_1"));
    assertEquals("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", p.get("ISSUER_LINE_2"));
    assertEquals("Jl. Basuki Rahmat No. 30, Bandar Lampung", p.get("ISSUER_ADDRESS"));
    assertFalse(p.containsKey("LOGO"));
  }

  @Test
  void aDraftHasNoNumberAndAnIssuedDocumentSaysWhoSignedItAndWhereToCheck() throws Exception {
    Map<String, Object> draft = new HashMap<>();
    Letterheads.stamp(draft, null);
    assertTrue(draft.isEmpty(), draft.toString());

    Map<String, Object> p = new HashMap<>();
    Letterheads.stamp(p, stamp(false));
    assertEquals("400.13.1/7/DPPPA/2020", p.get("DOCUMENT_NUMBER"));
    assertEquals(120, ((BufferedImage) p.get("VERIFY_QR")).getWidth());
    assertEquals(
        "Ditandatangani secara elektronik oleh DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN"
            + " ANAK. Periksa keaslian: https://kkb.lampungprov.go.id/verify/abc",
        p.get("VERIFY_TEXT"));

    Letterheads.stamp(p, stamp(true));
    assertTrue(
        ((String) p.get("VERIFY_TEXT"))
            .startsWith("Dokumen ini ditandatangani secara elektronik di luar aplikasi oleh DINAS"),
        (String) p.get("VERIFY_TEXT"));
  }

  @Test
  void theSignatureBlockHasPlaceAndIndonesianDateAndTheSignatorysParticulars() {
    Map<String, Object> p = new HashMap<>();
    Letterheads.sign(p, HEAD, "Sukadana", LocalDate.of(2020, 6, 5));
    assertEquals("Sukadana, 5 Juni 2020", p.get("SIGN_PLACE_DATE"));
    assertEquals("Kepala Dinas", p.get("SIGN_POSITION"));
    assertEquals("Dr. Uji Kepala Dinas", p.get("SIGN_NAME"));
    assertEquals("Pembina Utama Muda (IV/c)", p.get("SIGN_RANK"));
    assertEquals("19700101 200003 1 002", p.get("SIGN_NIP"));
  }

  @Test
  void typedTextIsNeverTakenForMarkup() {
    assertEquals(
        "&lt;b&gt;Kader &amp;amp; PKB&lt;/b&gt;", Letterheads.escape("<b>Kader &amp; PKB</b>"));
  }

  @Test
  void aLogoIsDecodedAtPrintSizeAndSomethingElseIsNoImage() throws Exception {
    BufferedImage large =
        Letterheads.logo(png(4 * Letterheads.LOGO_SIDE, 2 * Letterheads.LOGO_SIDE));
    assertEquals(Letterheads.LOGO_SIDE, large.getWidth(), "read every 4th pixel only");
    assertEquals(Letterheads.LOGO_SIDE / 2, large.getHeight());
    BufferedImage small = Letterheads.logo(png(300, 100));
    assertEquals(300, small.getWidth(), "never enlarged");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Letterheads.decode("not a PNG".getBytes(), "QR code"));
    assertTrue(e.getMessage().contains("QR code"), e.getMessage());
  }
}
