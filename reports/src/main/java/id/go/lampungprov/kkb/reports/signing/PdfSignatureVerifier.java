package id.go.lampungprov.kkb.reports.signing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the last signature of a PDF, ours or one made elsewhere (e.g. with a BSrE certificate):
 * intact, covering the whole file, and signed with a trusted certificate; and its timestamp, if it
 * carries one (ours with {@code KKB_TSA_URL}, or one a BSrE gateway added). The certificate is
 * judged as of the timestamp when that is trusted, else as of the moment asked for.
 */
public final class PdfSignatureVerifier {

  private PdfSignatureVerifier() {}

  /** Without configured authorities: no certificate is trusted. */
  public static SignatureCheck check(byte[] pdf) {
    return check(pdf, new ChainValidator(TrustAnchors.none(), null), Instant.now());
  }

  public static SignatureCheck check(byte[] pdf, ChainValidator trust, Instant at) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = doc.getLastSignatureDictionary();
      if (signature == null) {
        return SignatureCheck.unsigned();
      }
      boolean whole = onlySignatureExcluded(pdf, signature);
      byte[] contents = signature.getContents();
      // BouncyCastle refuses the zero padding of /Contents: read exactly one ASN.1 object.
      ContentInfo info;
      try (ASN1InputStream in = new ASN1InputStream(contents)) {
        info = ContentInfo.getInstance(in.readObject());
      }
      CMSSignedData cms =
          new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder certificate =
          (X509CertificateHolder)
              cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      boolean intact;
      try {
        intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      } catch (CMSException e) {
        intact = false;
      }
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      X509Certificate signerCertificate = converter.getCertificate(certificate);
      Optional<SignatureTimestamp> stamp = SignatureTimestamp.of(signer, trust);
      // PAdES B-T: a trusted timestamp proves the signature existed then, so the certificate is
      // judged as of that time; one that expired or was renewed since does not undo the signature.
      Instant judgedAt = stamp.filter(SignatureTimestamp::trusted).map(s -> s.time()).orElse(at);
      Trust verdict;
      if (intact && whole) {
        List<X509Certificate> carried = new ArrayList<>();
        for (Object held : cms.getCertificates().getMatches(null)) {
          carried.add(converter.getCertificate((X509CertificateHolder) held));
        }
        verdict = trust.validate(signerCertificate, carried, judgedAt);
      } else {
        verdict = Trust.of(Trust.Status.SIGNATURE_INVALID);
      }
      return new SignatureCheck(
          true,
          intact,
          whole,
          certificate.getSubject().toString(),
          sha256(certificate.getEncoded()),
          Optional.ofNullable(signature.getSignDate()).map(c -> c.toInstant()),
          signature.getSubFilter(),
          verdict,
          stamp);
    } catch (IOException
        | CMSException
        | OperatorCreationException
        | CertificateException
        | RuntimeException e) {
      return SignatureCheck.unreadable();
    }
  }

  /**
   * The byte range must start at 0, reach the end of the file, and leave out exactly the
   * signature's own {@code /Contents} hex string ({@code <…>}): nothing else may hide in the gap,
   * and nothing may follow the signed part.
   */
  static boolean onlySignatureExcluded(byte[] pdf, PDSignature signature) {
    int[] range = signature.getByteRange();
    if (range == null || range.length != 4 || range[0] != 0) {
      return false;
    }
    long gapStart = range[1];
    long gapEnd = range[2];
    if (gapStart <= 0 || gapEnd < gapStart + 2 || range[3] < 0) {
      return false;
    }
    if (gapEnd + range[3] != pdf.length) {
      return false;
    }
    int from = (int) gapStart;
    int to = (int) gapEnd;
    if (pdf[from] != '<' || pdf[to - 1] != '>' || (to - from - 2) % 2 != 0) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      if (Character.digit(pdf[i], 16) < 0) {
        return false;
      }
    }
    COSBase contents = signature.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (!(contents instanceof COSString string)) {
      return false;
    }
    byte[] gap =
        HexFormat.of()
            .parseHex(
                new String(
                    pdf, from + 1, to - from - 2, java.nio.charset.StandardCharsets.US_ASCII));
    return Arrays.equals(gap, string.getBytes());
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
