package id.go.lampungprov.kkb.it;

import id.go.lampungprov.kkb.reports.signing.DevelopmentKeystore;
import id.go.lampungprov.kkb.reports.signing.PdfSigner;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signers as an office's signing tool would be: one whose certificate the test CA issued (the CA
 * the IT server trusts through KKB_TRUSTED_CERTIFICATES, see it/pom.xml), and one self-signed,
 * outside every configured authority.
 */
final class TestSigners {

  private TestSigners() {}

  /** A key and the certificate the trusted test CA issued for it. */
  record Issued(PrivateKey key, X509Certificate certificate) {}

  /** A signer whose certificate the trusted test CA issued. */
  static PdfSigner underTestCa(String commonName) throws Exception {
    Issued issued =
        issue(
            "CN=" + commonName + ",O=Dinas Uji,C=ID",
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
            null);
    return new PdfSigner(issued.key(), issued.certificate(), List.of());
  }

  /**
   * A new key with a certificate of the trusted test CA, valid for 30 days.
   *
   * @param purpose the extended key usage, marked critical; null for none
   */
  static Issued issue(String subject, KeyUsage usage, ExtendedKeyUsage purpose) throws Exception {
    X509Certificate ca = (X509Certificate) certificate("trust/test-ca.pem");
    PrivateKey caKey = key("trust/test-ca-key.pem");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256, new SecureRandom());
    KeyPair keys = generator.generateKeyPair();
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(30))),
            new X500Name(subject),
            keys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.keyUsage, true, usage);
    if (purpose != null) {
      builder.addExtension(Extension.extendedKeyUsage, true, purpose);
    }
    X509Certificate leaf =
        new JcaX509CertificateConverter()
            .getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey)));
    return new Issued(keys.getPrivate(), leaf);
  }

  /** A self-signed certificate: no configured authority issued it. */
  static PdfSigner selfSigned(Path dir) {
    Path p12 = dir.resolve("outsider.p12");
    DevelopmentKeystore.create(p12, "secret".toCharArray(), "Penandatangan Tanpa Otoritas");
    return DevelopmentKeystore.load(p12, "secret".toCharArray(), DevelopmentKeystore.ALIAS);
  }

  static byte[] sign(PdfSigner signer, byte[] pdf) {
    return signer.sign(pdf, "Uji", "Tanda tangan uji", "Bandar Lampung", Calendar.getInstance());
  }

  private static java.security.cert.Certificate certificate(String resource) throws Exception {
    try (InputStream in = resource(resource)) {
      return CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private static PrivateKey key(String resource) throws Exception {
    String pem;
    try (InputStream in = resource(resource)) {
      pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TestSigners.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing test resource " + name);
    }
    return in;
  }
}
