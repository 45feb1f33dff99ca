package id.go.lampungprov.kkb.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.files.domain.StoredFile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IssuedDocumentTest {

  private static final Instant ISSUED = Instant.parse("2020-06-05T05:30:00Z");

  private static StoredFile file(String sha256) {
    return new StoredFile() {
      @Override
      public String sha256() {
        return sha256;
      }
    };
  }

  private static IssuedDocument issued(SignatureKind kind, String subject, StoredFile file) {
    return new IssuedDocument(
        "pub-1",
        "400.13.1/1/DPPPA/2020",
        "DAFTAR_HADIR",
        subject,
        TestIssuers.dpppa(),
        new SignatureBlock("Dr. Uji Kepala Dinas", "Kepala Dinas", null, null),
        kind,
        "CN=Kampung KB",
        "CoachingEvent:12",
        "18.07",
        file,
        ISSUED);
  }

  @Test
  void anIssuedDocumentRecordsTheIssuerTheSignatoryAndTheHashOfItsFile() {
    IssuedDocument d = issued(SignatureKind.INSTALLATION, "s".repeat(301), file("abc"));
    assertEquals(300, d.subject().length(), "the subject is cut to what the column holds");
    assertEquals("DPPPA", d.issuerCode());
    assertEquals("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", d.issuerName());
    assertEquals("Kepala Dinas", d.signatoryPosition());
    assertEquals("abc", d.sha256());
    assertEquals(ISSUED, d.issuedAt());
    assertEquals("18.07", d.auditRegion().value());
  }

  @Test
  void onlyADocumentAwaitingASignatureTakesOneAndKeepsTheUnsignedFile() {
    IssuedDocument signedHere = issued(SignatureKind.INSTALLATION, "Daftar hadir", file("abc"));
    assertThrows(
        IllegalStateException.class,
        () -> signedHere.acceptExternalSignature(file("def"), "CN=BSrE", true));
    assertEquals("abc", signedHere.sha256(), "unchanged");

    StoredFile unsigned = file("abc");
    StoredFile signed = file("def");
    IssuedDocument d = issued(SignatureKind.AWAITING_EXTERNAL, "Daftar hadir", unsigned);
    assertNull(d.unsignedFile());
    d.acceptExternalSignature(signed, "CN=" + "x".repeat(400), true);
    assertSame(signed, d.file());
    assertSame(unsigned, d.unsignedFile());
    assertEquals("def", d.sha256(), "the hash verification checks is the signed file's");
    assertEquals(300, d.certificateSubject().length());
    assertEquals(SignatureKind.EXTERNAL, d.signatureKind());
    assertThrows(
        IllegalStateException.class, () -> d.acceptExternalSignature(file("ghi"), "CN=B", true));
  }

  @Test
  void aSignatureNotChainingToATrustedAuthorityIsMarkedAsOverriddenForGood() {
    IssuedDocument d = issued(SignatureKind.AWAITING_EXTERNAL, "Daftar hadir", file("abc"));
    d.acceptExternalSignature(file("def"), "CN=Sendiri", false);
    assertEquals(SignatureKind.EXTERNAL_OVERRIDE, d.signatureKind());
    assertEquals("CN=Sendiri", d.certificateSubject());
  }

  @Test
  void aBsreSignatureIsAcceptedOnlyForADocumentAwaitingOneAndTheSignatorysNipIsKept() {
    IssuedDocument manual = issued(SignatureKind.AWAITING_EXTERNAL, "Daftar hadir", file("abc"));
    assertThrows(
        IllegalStateException.class, () -> manual.acceptBsreSignature(file("def"), "CN=BSrE"));
    IssuedDocument d =
        new IssuedDocument(
            "pub-2",
            "400.13.1/2/DPPPA/2020",
            "DAFTAR_HADIR",
            "Daftar hadir",
            TestIssuers.dpppa(),
            new SignatureBlock("Dr. Uji", "Kepala Dinas", null, "19860926 201505 1 001"),
            SignatureKind.AWAITING_BSRE,
            null,
            "CoachingEvent:12",
            "18.07",
            file("abc"),
            ISSUED);
    assertEquals("198609262015051001", d.signatoryNip().orElseThrow(), "digits, for the queue");
    assertThrows(
        IllegalStateException.class, () -> d.acceptExternalSignature(file("def"), "CN=X", true));
    d.acceptBsreSignature(file("def"), "CN=Dr. Uji,O=BSrE");
    assertEquals(SignatureKind.BSRE, d.signatureKind());
    assertEquals("def", d.sha256());
    assertEquals("400.13.1/2/DPPPA/2020", d.number(), "numbered once");
    assertThrows(
        IllegalStateException.class, () -> d.acceptBsreSignature(file("ghi"), "CN=Dr. Uji"));
  }
}
