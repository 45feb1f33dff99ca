package id.go.lampungprov.kkb.reports.signing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A certification authority made in the test: a root, intermediates and signers under them. */
record TestAuthority(KeyPair keys, X509Certificate certificate) {

  static TestAuthority root(String name) {
    KeyPair keys = newKeys();
    return new TestAuthority(
        keys, make(name, keys, new X500Name(name), keys, true, valid(), validUntil(), null));
  }

  TestAuthority intermediate(String name) {
    KeyPair child = newKeys();
    return new TestAuthority(
        child, make(name, child, subject(), keys, true, valid(), validUntil(), null));
  }

  /** A signer's key and certificate, valid from {@code from} to {@code until}. */
  PdfSigner signer(String name, Instant from, Instant until, List<X509Certificate> chain) {
    return issue(name, from, until).signer(chain);
  }

  Issued issue(String name, Instant from, Instant until) {
    return issue(name, from, until, null);
  }

  private Issued issue(String name, Instant from, Instant until, ExtendedKeyUsage purpose) {
    KeyPair child = newKeys();
    return new Issued(
        child.getPrivate(), make(name, child, subject(), keys, false, from, until, purpose));
  }

  /** A time-stamping authority's key and certificate (critical extended key usage). */
  Issued timeStamping(String name) {
    return issue(
        name, valid(), validUntil(), new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
  }

  Issued issue(String name) {
    return issue(name, valid(), validUntil());
  }

  /** A signer's key and certificate. */
  record Issued(java.security.PrivateKey key, X509Certificate certificate) {
    PdfSigner signer(List<X509Certificate> chain) {
      return new PdfSigner(key, certificate, chain);
    }
  }

  PdfSigner signer(String name, List<X509Certificate> chain) {
    return signer(name, valid(), validUntil(), chain);
  }

  private X500Name subject() {
    return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
  }

  private static Instant valid() {
    return Instant.now().minus(Duration.ofDays(1));
  }

  private static Instant validUntil() {
    return Instant.now().plus(Duration.ofDays(365));
  }

  private static KeyPair newKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256, new SecureRandom());
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate make(
      String name,
      KeyPair subjectKeys,
      X500Name issuer,
      KeyPair issuerKeys,
      boolean authority,
      Instant from,
      Instant until,
      ExtendedKeyUsage purpose) {
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              new BigInteger(64, new SecureRandom()),
              Date.from(from),
              Date.from(until),
              new X500Name(name),
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              authority
                  ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                  : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      if (purpose != null) {
        builder.addExtension(Extension.extendedKeyUsage, true, purpose);
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
