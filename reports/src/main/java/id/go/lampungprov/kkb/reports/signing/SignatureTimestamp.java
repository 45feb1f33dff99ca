package id.go.lampungprov.kkb.reports.signing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * The RFC 3161 signature timestamp of a signature (PAdES B-T): when an authority saw the signature
 * value and who that authority is. The token sits in the unsigned attributes, which the signature
 * does not cover, so it is checked on its own: signed by the certificate it carries (valid then,
 * for time-stamping), its imprint the hash of this signature's value, and that certificate's chain
 * to the configured authorities as of the stamped time.
 *
 * @param authority the TSA's name as the token gives it, else its certificate's subject
 * @param tokenValid the token's own signature verifies and its certificate is a TSA's
 * @param coversSignature the token's imprint is the hash of this signature's value
 * @param trust the TSA's certificate against the configured authorities, as of {@code time}
 */
public record SignatureTimestamp(
    Instant time, String authority, boolean tokenValid, boolean coversSignature, Trust trust) {

  /** A valid token over this signature, from an authority the installation trusts. */
  public boolean trusted() {
    return tokenValid && coversSignature && trust.trusted();
  }

  /** The timestamp in the signer's unsigned attributes, if it carries one. */
  static Optional<SignatureTimestamp> of(SignerInformation signer, ChainValidator validator) {
    try {
      return read(signer, validator);
    } catch (RuntimeException e) {
      // A malformed token is reported as such rather than failing the whole check.
      return Optional.of(
          new SignatureTimestamp(
              null, null, false, false, Trust.of(Trust.Status.SIGNATURE_INVALID)));
    }
  }

  private static Optional<SignatureTimestamp> read(
      SignerInformation signer, ChainValidator validator) {
    AttributeTable unsigned = signer.getUnsignedAttributes();
    Attribute attribute =
        unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    if (attribute == null || attribute.getAttrValues().size() == 0) {
      return Optional.empty();
    }
    TimeStampToken token;
    try {
      ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
      token = new TimeStampToken(ContentInfo.getInstance(value));
    } catch (TSPException | IOException | IllegalArgumentException e) {
      return Optional.of(
          new SignatureTimestamp(
              null, null, false, false, Trust.of(Trust.Status.SIGNATURE_INVALID)));
    }
    TimeStampTokenInfo info = token.getTimeStampInfo();
    Instant time = info.getGenTime().toInstant();
    boolean covers = covers(info, signer.getSignature());
    List<X509Certificate> carried = new ArrayList<>();
    X509Certificate tsa = null;
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    try {
      for (Object held : token.getCertificates().getMatches(null)) {
        carried.add(converter.getCertificate((X509CertificateHolder) held));
      }
      @SuppressWarnings("unchecked")
      var matches = token.getCertificates().getMatches(token.getSID());
      if (!matches.isEmpty()) {
        X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
        tsa = converter.getCertificate(holder);
      }
    } catch (CertificateException e) {
      tsa = null;
    }
    String name = name(info.getTsa(), tsa);
    if (tsa == null) {
      return Optional.of(
          new SignatureTimestamp(
              time, name, false, covers, Trust.of(Trust.Status.SIGNATURE_INVALID)));
    }
    boolean valid;
    try {
      // Checks the token's signature, the certificate's validity at the stamped time and its
      // critical time-stamping extended key usage.
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
      valid = true;
    } catch (TSPException | OperatorCreationException e) {
      valid = false;
    }
    carried.remove(tsa);
    Trust trust =
        valid ? validator.validate(tsa, carried, time) : Trust.of(Trust.Status.SIGNATURE_INVALID);
    return Optional.of(new SignatureTimestamp(time, name, valid, covers, trust));
  }

  private static boolean covers(TimeStampTokenInfo info, byte[] signatureValue) {
    try {
      String algorithm = info.getMessageImprintAlgOID().getId();
      byte[] digest = MessageDigest.getInstance(algorithm).digest(signatureValue);
      return Arrays.equals(digest, info.getMessageImprintDigest());
    } catch (NoSuchAlgorithmException e) {
      return false;
    }
  }

  private static String name(GeneralName named, X509Certificate tsa) {
    if (named != null && named.getTagNo() == GeneralName.directoryName) {
      return org.bouncycastle.asn1.x500.X500Name.getInstance(named.getName()).toString();
    }
    if (named != null) {
      return named.getName().toString();
    }
    return tsa == null ? null : ChainValidator.name(tsa);
  }
}
