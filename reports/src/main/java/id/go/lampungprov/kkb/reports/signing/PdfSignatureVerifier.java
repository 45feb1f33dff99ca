package id.go.lampungprov.kkb.reports.signing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the last signature of a PDF, ours or one made elsewhere (e.g. with a BSrE certificate).
 */
public final class PdfSignatureVerifier {

  private PdfSignatureVerifier() {}

  public static SignatureCheck check(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = doc.getLastSignatureDictionary();
      if (signature == null) {
        return SignatureCheck.unsigned();
      }
      int[] range = signature.getByteRange();
      boolean whole = range.length == 4 && range[0] == 0 && range[2] + range[3] == pdf.length;
      byte[] contents = signature.getContents(pdf);
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
      return new SignatureCheck(
          true,
          intact,
          whole,
          certificate.getSubject().toString(),
          sha256(certificate.getEncoded()),
          Optional.ofNullable(signature.getSignDate()).map(c -> c.toInstant()),
          signature.getSubFilter());
    } catch (IOException
        | CMSException
        | OperatorCreationException
        | java.security.cert.CertificateException
        | RuntimeException e) {
      return new SignatureCheck(true, false, false, null, null, Optional.empty(), null);
    }
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
