package id.go.lampungprov.kkb.reports.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.ReportTemplate;
import id.go.lampungprov.kkb.reports.model.AttendanceRow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PAdES B-T: the signature's RFC 3161 timestamp from a stand-in authority, made and checked. */
class SignatureTimestampTest {

  private static final TestAuthority ROOT = TestAuthority.root("CN=Root CA Uji, O=Uji");
  private static StandInTimestampAuthority tsa;

  @BeforeAll
  static void start() throws Exception {
    tsa = new StandInTimestampAuthority(ROOT);
  }

  @AfterAll
  static void stop() {
    tsa.close();
  }

  private static byte[] pdf() {
    return ReportRenderer.pdf(
        ReportTemplate.DAFTAR_HADIR,
        Map.of("EVENT_TITLE", "Uji", "EVENT_DAY_DATE", "Jumat, 5 Juni 2020"),
        List.of(new AttendanceRow("Siti", "Kader", "P", null, null)));
  }

  private static PdfSigner signer() {
    return ROOT.signer("CN=Dinas PPPA Uji", List.of())
        .withTimestamps(new TimestampAuthority(tsa.url()));
  }

  private static ChainValidator trustingRoot() {
    return new ChainValidator(TrustAnchors.of(List.of(ROOT.certificate())), null);
  }

  private static byte[] sign(PdfSigner signer) {
    return signer.sign(pdf(), "Dinas PPPA", "Uji", "Bandar Lampung", Calendar.getInstance());
  }

  @Test
  void aTimestampedSignatureCarriesAValidTokenFromTheAuthority() {
    tsa.mode(StandInTimestampAuthority.Mode.GRANT);
    Instant before = Instant.now().minusSeconds(2);
    byte[] signed = sign(signer());

    SignatureCheck check = PdfSignatureVerifier.check(signed, trustingRoot(), Instant.now());
    assertTrue(check.trusted(), check.toString());
    SignatureTimestamp stamp = check.timestamp().orElseThrow();
    assertTrue(stamp.tokenValid(), stamp.toString());
    assertTrue(stamp.coversSignature(), stamp.toString());
    assertEquals(Trust.Status.TRUSTED, stamp.trust().status(), stamp.trust().reason());
    assertTrue(stamp.trusted());
    assertTrue(stamp.authority().contains("Stand-in TSA"), stamp.authority());
    assertTrue(!stamp.time().isBefore(before) && !stamp.time().isAfter(Instant.now()));

    SignatureCheck untrustedTsa = PdfSignatureVerifier.check(signed);
    assertTrue(untrustedTsa.timestamp().orElseThrow().tokenValid());
    assertFalse(untrustedTsa.timestamp().orElseThrow().trusted(), "TSA not configured as trusted");

    byte[] plain =
        ROOT.signer("CN=Tanpa Cap Waktu", List.of())
            .sign(pdf(), "Dinas PPPA", "Uji", "Bandar Lampung", Calendar.getInstance());
    assertTrue(PdfSignatureVerifier.check(plain).timestamp().isEmpty());
  }

  @Test
  void aCertificateThatExpiredAfterATrustedTimestampStillVouchesForTheSignature() throws Exception {
    tsa.mode(StandInTimestampAuthority.Mode.GRANT);
    Instant now = Instant.now();
    Instant afterExpiry = now.plus(Duration.ofDays(3));
    PdfSigner shortLived =
        ROOT.signer(
            "CN=Sertifikat Dua Hari",
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(2)),
            List.of());
    byte[] stamped = sign(shortLived.withTimestamps(new TimestampAuthority(tsa.url())));
    byte[] plain = sign(shortLived);

    SignatureCheck later = PdfSignatureVerifier.check(stamped, trustingRoot(), afterExpiry);
    assertEquals(Trust.Status.TRUSTED, later.trust().status(), later.trust().reason());
    assertTrue(later.trusted());

    // Without a timestamp, or with one from an authority not trusted, nothing proves the signature
    // was made while the certificate was valid.
    SignatureCheck unstamped = PdfSignatureVerifier.check(plain, trustingRoot(), afterExpiry);
    assertEquals(Trust.Status.EXPIRED, unstamped.trust().status(), unstamped.trust().reason());
    TestAuthority otherRoot = TestAuthority.root("CN=Root CA Lain, O=Uji");
    byte[] foreignStamp;
    try (StandInTimestampAuthority foreignTsa = new StandInTimestampAuthority(otherRoot)) {
      foreignTsa.mode(StandInTimestampAuthority.Mode.GRANT);
      foreignStamp = sign(shortLived.withTimestamps(new TimestampAuthority(foreignTsa.url())));
    }
    SignatureCheck distrusted =
        PdfSignatureVerifier.check(foreignStamp, trustingRoot(), afterExpiry);
    assertFalse(distrusted.timestamp().orElseThrow().trusted());
    assertEquals(Trust.Status.EXPIRED, distrusted.trust().status(), distrusted.trust().reason());
  }

  @Test
  void aTokenChangedOrTakenFromAnotherSignatureIsDetected() throws Exception {
    tsa.mode(StandInTimestampAuthority.Mode.GRANT);
    PdfSigner signer = signer();
    byte[] signed = sign(signer);
    byte[] other = sign(signer);

    // The unsigned attributes are outside what the signature covers: swapping them in keeps the
    // document's own signature intact, so only the token's own checks can tell.
    byte[] swapped = withToken(signed, token(other));
    SignatureCheck check = PdfSignatureVerifier.check(swapped, trustingRoot(), Instant.now());
    assertTrue(check.valid(), "the document's signature still verifies");
    SignatureTimestamp foreign = check.timestamp().orElseThrow();
    assertTrue(foreign.tokenValid());
    assertFalse(foreign.coversSignature(), "a token over another signature");
    assertFalse(foreign.trusted());

    byte[] token = token(signed);
    String text = new String(token, StandardCharsets.ISO_8859_1);
    int year = text.indexOf(String.valueOf(java.time.Year.now().getValue()));
    assertTrue(year > 0, "the token holds its generalized time");
    token[year + 3] = (byte) (token[year + 3] == '0' ? '1' : '0'); // another year
    SignatureTimestamp changed =
        PdfSignatureVerifier.check(withToken(signed, token), trustingRoot(), Instant.now())
            .timestamp()
            .orElseThrow();
    assertFalse(changed.tokenValid(), changed.toString());
    assertFalse(changed.trusted());
  }

  @Test
  void noValidTokenNoSignature() {
    PdfSigner signer = signer();
    for (StandInTimestampAuthority.Mode mode :
        List.of(
            StandInTimestampAuthority.Mode.REFUSE,
            StandInTimestampAuthority.Mode.WRONG_NONCE,
            StandInTimestampAuthority.Mode.HTTP_ERROR)) {
      tsa.mode(mode);
      TimestampUnavailableException e =
          assertThrows(TimestampUnavailableException.class, () -> sign(signer), mode.name());
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }
    tsa.mode(StandInTimestampAuthority.Mode.GRANT);
    PdfSigner unreachable =
        ROOT.signer("CN=Dinas PPPA Uji", List.of())
            .withTimestamps(
                new TimestampAuthority(
                    URI.create("http://127.0.0.1:9/tsa"),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(3)));
    assertThrows(TimestampUnavailableException.class, () -> sign(unreachable));
  }

  private static CMSSignedData cms(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf);
        ASN1InputStream in = new ASN1InputStream(doc.getLastSignatureDictionary().getContents())) {
      return new CMSSignedData(ContentInfo.getInstance(in.readObject()));
    }
  }

  private static byte[] token(byte[] pdf) throws Exception {
    SignerInformation signer = cms(pdf).getSignerInfos().getSigners().iterator().next();
    return signer
        .getUnsignedAttributes()
        .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
        .getAttrValues()
        .getObjectAt(0)
        .toASN1Primitive()
        .getEncoded();
  }

  /** The PDF with its signature's timestamp token replaced, written into the same /Contents. */
  private static byte[] withToken(byte[] pdf, byte[] token) throws Exception {
    CMSSignedData cms = cms(pdf);
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(
        new Attribute(
            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
            new DERSet(ASN1Primitive.fromByteArray(token))));
    CMSSignedData changed =
        CMSSignedData.replaceSigners(
            cms,
            new SignerInformationStore(
                SignerInformation.replaceUnsignedAttributes(
                    signer, new AttributeTable(attributes))));
    int[] range;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = doc.getLastSignatureDictionary();
      range = signature.getByteRange();
    }
    String hex = HexFormat.of().formatHex(changed.getEncoded());
    int from = range[1] + 1;
    int to = range[2] - 1;
    assertTrue(hex.length() <= to - from, "fits the reserved space");
    byte[] out = pdf.clone();
    for (int i = from; i < to; i++) {
      out[i] = (byte) (i - from < hex.length() ? hex.charAt(i - from) : '0');
    }
    return out;
  }
}
