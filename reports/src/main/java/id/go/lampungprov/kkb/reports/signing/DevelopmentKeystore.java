package id.go.lampungprov.kkb.reports.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Loads the signing key from a PKCS#12 keystore; for development, creates one with a self-signed
 * certificate whose name says DEVELOPMENT, so nobody mistakes it for an office's certificate.
 */
public final class DevelopmentKeystore {

  public static final String ALIAS = "kampung-kb";

  private DevelopmentKeystore() {}

  public static PdfSigner load(Path p12, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(p12)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String name = alias != null ? alias : store.aliases().nextElement();
      PrivateKey key = (PrivateKey) store.getKey(name, password);
      X509Certificate certificate = (X509Certificate) store.getCertificate(name);
      if (key == null || certificate == null) {
        throw new IllegalStateException("no key " + name + " in " + p12);
      }
      // The office's keystore may hold the chain to its authority: carry it in every signature.
      Certificate[] held = store.getCertificateChain(name);
      java.util.List<X509Certificate> chain = new java.util.ArrayList<>();
      for (int i = 1; held != null && i < held.length; i++) {
        chain.add((X509Certificate) held[i]);
      }
      return new PdfSigner(key, certificate, chain);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the signing keystore " + p12, e);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64);
  }

  /** Creates a keystore with a fresh RSA-3072 key and a self-signed certificate valid 5 years. */
  public static void create(Path p12, char[] password, String office) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(3072, new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      // RFC 5280 limits each name part to 64 characters; the builder quotes commas.
      X500Name name =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.CN, "Kampung KB DEVELOPMENT (self-signed, not BSrE)")
              .addRDN(BCStyle.O, shorten(office))
              .addRDN(BCStyle.C, "ID")
              .build();
      Date from = new Date();
      Date until = new Date(from.getTime() + 5L * 365 * 24 * 3600 * 1000);
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name, new BigInteger(64, new SecureRandom()), from, until, name, pair.getPublic());
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
      Files.createDirectories(p12.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(p12)) {
        store.store(out, password);
      }
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create the development keystore " + p12, e);
    }
  }
}
