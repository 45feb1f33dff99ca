package id.go.lampungprov.kkb.documents.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SignatureBlock;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.domain.TestIssuers;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.Signature;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What every document shares, as records the reports module prints (see TemplateParametersTest).
 */
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

  @Test
  void theLetterheadIsTheIssuersLinesAndAddressWithoutALogoWhenNoneIsUploaded() {
    Letterhead l = new Letterheads().of(TestIssuers.dpppa());
    assertEquals("PEMERINTAH PROVINSI LAMPUNG", l.line1());
    assertEquals("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", l.line2());
    assertEquals("Jl. Basuki Rahmat No. 30, Bandar Lampung", l.address());
    assertNull(l.logo());
  }

  @Test
  void aDraftHasNoMarkAndAnIssuedDocumentSaysWhoSignedItAndWhereToCheck() throws Exception {
    assertNull(Letterheads.mark(null));
    Issuer dpppa = TestIssuers.dpppa();
    byte[] qr = png(120, 120);
    for (SigningRoute signing : SigningRoute.values()) {
      IssueMark mark =
          Letterheads.mark(
              new DocumentService.Stamp(
                  "400.13.1/7/DPPPA/2020",
                  "https://kkb.lampungprov.go.id/verify/abc",
                  qr,
                  dpppa,
                  HEAD,
                  LocalDate.of(2020, 6, 5),
                  signing));
      assertEquals("400.13.1/7/DPPPA/2020", mark.number());
      assertArrayEquals(qr, mark.qrPng());
      assertEquals("https://kkb.lampungprov.go.id/verify/abc", mark.verifyUrl());
      assertEquals("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", mark.signer());
      assertEquals(signing.name(), mark.signing().name());
    }
  }

  @Test
  void theSignatureBlockIsSignedAtTheIssuersPlaceWithTheSignatorysParticulars() {
    Signature s = Letterheads.signature(HEAD, TestIssuers.dpppa(), LocalDate.of(2020, 6, 5));
    assertEquals("Bandar Lampung", s.place());
    assertEquals(LocalDate.of(2020, 6, 5), s.date());
    assertEquals("Kepala Dinas", s.position());
    assertEquals("Dr. Uji Kepala Dinas", s.name());
    assertEquals("Pembina Utama Muda (IV/c)", s.rank());
    assertEquals("19700101 200003 1 002", s.nip());
  }

  @Test
  void aLogoIsDecodedAtPrintSize() throws Exception {
    BufferedImage large =
        Letterheads.logo(png(4 * Letterheads.LOGO_SIDE, 2 * Letterheads.LOGO_SIDE));
    assertEquals(Letterheads.LOGO_SIDE, large.getWidth(), "read every 4th pixel only");
    assertEquals(Letterheads.LOGO_SIDE / 2, large.getHeight());
    BufferedImage small = Letterheads.logo(png(300, 100));
    assertEquals(300, small.getWidth(), "never enlarged");
    assertEquals(100, small.getHeight());
  }
}
