package id.go.lampungprov.kkb.reports.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Signs PDFs with one key and certificate, as an incremental update (the original bytes stay); with
 * a time-stamping authority, each signature also carries its RFC 3161 timestamp (PAdES B-T).
 */
public final class PdfSigner {

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final List<X509Certificate> chain;
  private final TimestampAuthority timestamps;

  public PdfSigner(PrivateKey key, X509Certificate certificate) {
    this(key, certificate, List.of());
  }

  /**
   * @param chain the certificates between the signer's and the authority's, carried in the
   *     signature so a verifier can build the chain
   */
  public PdfSigner(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
    this(key, certificate, chain, null);
  }

  private PdfSigner(
      PrivateKey key,
      X509Certificate certificate,
      List<X509Certificate> chain,
      TimestampAuthority timestamps) {
    this.key = key;
    this.certificate = certificate;
    this.chain = List.copyOf(chain);
    this.timestamps = timestamps;
  }

  /**
   * The same signer, adding to each signature an RFC 3161 timestamp of its value from {@code tsa}
   * (PAdES B-T); signing then fails with {@link TimestampUnavailableException} when the authority
   * gives no valid token.
   */
  public PdfSigner withTimestamps(TimestampAuthority tsa) {
    return new PdfSigner(key, certificate, chain, tsa);
  }

  /** The time-stamping authority asked at each signature, if one is configured. */
  public java.util.Optional<TimestampAuthority> timestamps() {
    return java.util.Optional.ofNullable(timestamps);
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * @param signerName shown by PDF readers, e.g. the office
   * @param reason e.g. "Dokumen resmi Dinas PPPA Provinsi Lampung"
   */
  public byte[] sign(byte[] pdf, String signerName, String reason, String location, Calendar when) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
      signature.setName(signerName);
      signature.setReason(reason);
      signature.setLocation(location);
      signature.setSignDate(when);
      SignatureOptions options = new SignatureOptions();
      // A timestamp token carries the TSA's certificates too: room for a chain of a few.
      options.setPreferredSignatureSize(
          SignatureOptions.DEFAULT_SIGNATURE_SIZE * (timestamps == null ? 2 : 4));
      doc.addSignature(signature, content -> cms(content.readAllBytes()), options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 20_000);
      doc.saveIncremental(out);
      options.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be signed", e);
    }
  }

  private byte[] cms(byte[] content) throws IOException {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      ESSCertIDv2 id =
          new ESSCertIDv2(
              new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
              hash,
              new IssuerSerial(
                  new GeneralNames(
                      new GeneralName(
                          X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                  certificate.getSerialNumber()));
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(withoutSigningTime(new AttributeTable(attributes)))
              .build(
                  new JcaContentSignerBuilder("SHA256with" + algorithm()).build(key), certificate));
      List<X509Certificate> carried = new java.util.ArrayList<>(List.of(certificate));
      carried.addAll(chain);
      generator.addCertificates(new JcaCertStore(carried));
      CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
      return (timestamps == null ? signed : timestamped(signed)).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("CMS signature failed", e);
    }
  }

  /** Adds the signature-time-stamp unsigned attribute over the signature value (RFC 3161, A.1). */
  private CMSSignedData timestamped(CMSSignedData signed) throws IOException {
    List<SignerInformation> stamped = new java.util.ArrayList<>();
    for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
      TimeStampToken token = timestamps.stamp(signer.getSignature());
      Attribute attribute =
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
              new DERSet(ASN1Primitive.fromByteArray(token.getEncoded())));
      ASN1EncodableVector unsigned = new ASN1EncodableVector();
      unsigned.add(attribute);
      stamped.add(
          SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned)));
    }
    return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
  }

  private String algorithm() {
    return "EC".equals(key.getAlgorithm()) ? "ECDSA" : "RSA";
  }

  /** PAdES puts the signing time in the PDF dictionary, not in the CMS. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable signed) {
    return new DefaultSignedAttributeTableGenerator(signed) {
      @Override
      protected Hashtable createStandardAttributeTable(Map parameters) {
        Hashtable table = super.createStandardAttributeTable(parameters);
        table.remove(CMSAttributes.signingTime);
        return table;
      }
    };
  }
}
