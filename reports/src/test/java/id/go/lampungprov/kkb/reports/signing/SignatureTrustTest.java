package id.go.lampungprov.kkb.reports.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.ReportTemplate;
import id.go.lampungprov.kkb.reports.model.AttendanceRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chain validation against configured authorities, and the signature's byte range. */
class SignatureTrustTest {

  static final TestAuthority ROOT = TestAuthority.root("CN=Uji Root CA BSrE-like,O=Uji,C=ID");
  static final TestAuthority INTERMEDIATE = ROOT.intermediate("CN=Uji Intermediate CA,O=Uji,C=ID");
  static final TestAuthority STRANGER = TestAuthority.root("CN=Other CA,O=Lain,C=ID");
  static byte[] pdf;

  @TempDir Path dir;

  @BeforeAll
  static void render() {
    pdf =
        ReportRenderer.pdf(
            ReportTemplate.DAFTAR_HADIR,
            Map.of("EVENT_TITLE", "Uji", "EVENT_DAY_DATE", "Jumat, 5 Juni 2020"),
            List.of(new AttendanceRow("Siti", "Kader", "P", null, null)));
  }

  static byte[] sign(PdfSigner signer) {
    return signer.sign(pdf, "Uji", "Uji", "Bandar Lampung", Calendar.getInstance());
  }

  static ChainValidator trusting(X509Certificate... anchors) {
    return new ChainValidator(TrustAnchors.of(List.of(anchors)), null);
  }

  @Test
  void aSignerUnderTheConfiguredRootIsTrustedAndTheChainIsNamed() {
    PdfSigner signer =
        INTERMEDIATE.signer(
            "CN=Kepala Dinas Uji,O=Dinas,C=ID", List.of(INTERMEDIATE.certificate()));
    SignatureCheck check =
        PdfSignatureVerifier.check(sign(signer), trusting(ROOT.certificate()), Instant.now());
    assertTrue(check.trusted(), check.toString());
    assertEquals(Trust.Status.TRUSTED, check.trust().status());
    assertEquals(3, check.trust().chain().size(), check.trust().toString());
    assertTrue(check.trust().anchor().contains("Uji Root CA"), check.trust().toString());
    assertTrue(check.trust().reason().contains("revocation not checked"), check.trust().reason());
  }

  @Test
  void theIntermediateMayComeFromTheConfigurationInsteadOfTheSignature() {
    PdfSigner signer = INTERMEDIATE.signer("CN=Kepala Dinas Uji,O=Dinas,C=ID", List.of());
    SignatureCheck check =
        PdfSignatureVerifier.check(
            sign(signer), trusting(ROOT.certificate(), INTERMEDIATE.certificate()), Instant.now());
    assertEquals(Trust.Status.TRUSTED, check.trust().status(), check.trust().toString());
    assertTrue(check.trust().anchor().contains("Uji Root CA"), check.trust().toString());
  }

  @Test
  void aSignerOfAnotherAuthorityIsNotTrusted() {
    PdfSigner signer = STRANGER.signer("CN=Penipu,O=Lain,C=ID", List.of());
    SignatureCheck check =
        PdfSignatureVerifier.check(sign(signer), trusting(ROOT.certificate()), Instant.now());
    assertTrue(check.valid(), "intact and whole");
    assertFalse(check.trusted(), check.toString());
    assertEquals(Trust.Status.UNKNOWN_AUTHORITY, check.trust().status());
    assertTrue(
        check.trust().reason().contains("not issued by a configured authority"),
        check.trust().reason());
    // A self-signed certificate carrying the root's name is no more trusted.
    PdfSigner impostor =
        TestAuthority.root("CN=Uji Root CA BSrE-like,O=Uji,C=ID")
            .signer("CN=Kepala Dinas Uji,O=Dinas,C=ID", List.of());
    assertEquals(
        Trust.Status.UNKNOWN_AUTHORITY,
        PdfSignatureVerifier.check(sign(impostor), trusting(ROOT.certificate()), Instant.now())
            .trust()
            .status());
  }

  @Test
  void withoutConfiguredAuthoritiesNothingElsewhereIsTrusted() {
    PdfSigner signer =
        INTERMEDIATE.signer("CN=Kepala Dinas Uji", List.of(INTERMEDIATE.certificate()));
    SignatureCheck check = PdfSignatureVerifier.check(sign(signer));
    assertEquals(Trust.Status.UNKNOWN_AUTHORITY, check.trust().status(), check.toString());
  }

  @Test
  void anExpiredSignerCertificateIsSaidToBeExpired() {
    Instant now = Instant.now();
    PdfSigner signer =
        ROOT.signer(
            "CN=Pensiun,O=Dinas,C=ID",
            now.minus(Duration.ofDays(30)),
            now.minus(Duration.ofDays(1)),
            List.of());
    SignatureCheck check =
        PdfSignatureVerifier.check(sign(signer), trusting(ROOT.certificate()), now);
    assertEquals(Trust.Status.EXPIRED, check.trust().status(), check.trust().toString());
    assertFalse(check.trusted());
  }

  @Test
  void theInstallationsOwnCertificateIsTrustedAsSuch() {
    PdfSigner own = STRANGER.signer("CN=Kampung KB DEVELOPMENT", List.of());
    SignatureCheck check =
        PdfSignatureVerifier.check(
            sign(own),
            new ChainValidator(TrustAnchors.of(List.of(ROOT.certificate())), own.certificate()),
            Instant.now());
    assertEquals(Trust.Status.INSTALLATION, check.trust().status());
    assertTrue(check.trusted());
  }

  @Test
  void anchorsAreReadFromAPemFileOrADirectoryOfPemAndDer() throws Exception {
    Path bundle = dir.resolve("bsre.pem");
    Files.writeString(bundle, pem(ROOT.certificate()) + pem(INTERMEDIATE.certificate()));
    TrustAnchors fromFile = TrustAnchors.load(bundle);
    assertEquals(2, fromFile.certificates().size());
    assertEquals(List.of(ROOT.certificate()), fromFile.anchors());
    assertEquals(List.of(INTERMEDIATE.certificate()), fromFile.intermediates());

    Path folder = Files.createDirectories(dir.resolve("anchors"));
    Files.writeString(folder.resolve("root.pem"), pem(ROOT.certificate()));
    Files.write(folder.resolve("intermediate.cer"), INTERMEDIATE.certificate().getEncoded());
    Files.writeString(folder.resolve("README.txt"), "ignored");
    assertEquals(2, TrustAnchors.load(folder).certificates().size());

    Path broken = dir.resolve("broken.pem");
    Files.writeString(broken, "not a certificate");
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> TrustAnchors.load(broken));
  }

  /**
   * A file whose ByteRange leaves out more than the /Contents string (here the bytes just before
   * it) is not whole, even though the signature over the ranges is intact and the ranges reach the
   * end.
   */
  @Test
  void aByteRangeGapHoldingMoreThanTheSignatureIsRefused() throws Exception {
    TestAuthority.Issued issued = INTERMEDIATE.issue("CN=Kepala Dinas Uji");
    PdfSigner signer = issued.signer(List.of(INTERMEDIATE.certificate()));
    byte[] signed = sign(signer);
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    Matcher range =
        Pattern.compile("/ByteRange\\s*\\[\\s*0 (\\d+) (\\d+) (\\d+)\\s*\\]").matcher(text);
    assertTrue(range.find());
    int gapStart = Integer.parseInt(range.group(1));
    int gapEnd = Integer.parseInt(range.group(2));
    int tail = Integer.parseInt(range.group(3));
    int widened = gapStart - 10;
    String array = range.group();
    String replacement = "/ByteRange [0 " + widened + " " + gapEnd + " " + tail + "]";
    replacement = replacement + " ".repeat(array.length() - replacement.length());
    byte[] forged =
        (text.substring(0, range.start()) + replacement + text.substring(range.end()))
            .getBytes(StandardCharsets.ISO_8859_1);
    // Sign exactly the widened ranges, as a forger holding a key would.
    byte[] content = new byte[widened + tail];
    System.arraycopy(forged, 0, content, 0, widened);
    System.arraycopy(forged, gapEnd, content, widened, tail);
    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
    generator.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issued.key()),
                signer.certificate()));
    generator.addCertificates(
        new org.bouncycastle.cert.jcajce.JcaCertStore(List.of(signer.certificate())));
    byte[] cms = generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    String hex = java.util.HexFormat.of().formatHex(cms);
    int slot = gapEnd - gapStart - 2;
    hex = hex + "0".repeat(slot - hex.length());
    byte[] hexBytes = hex.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(hexBytes, 0, forged, gapStart + 1, slot);

    SignatureCheck check =
        PdfSignatureVerifier.check(forged, trusting(ROOT.certificate()), Instant.now());
    assertTrue(check.intact(), "the forger's signature over the widened ranges holds");
    assertFalse(check.coversWholeDocument(), check.toString());
    assertFalse(check.trusted());
    assertEquals(Trust.Status.SIGNATURE_INVALID, check.trust().status());
  }

  private static String pem(X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
