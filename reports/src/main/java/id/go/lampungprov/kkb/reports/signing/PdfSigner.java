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
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Signs PDFs with one key and certificate, as an incremental update (the original bytes stay). */
public final class PdfSigner {

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final List<X509Certificate> chain;

  public PdfSigner(PrivateKey key, X509Certificate certificate) {
    this(key, certificate, List.of());
  }

  /**
   * @param chain the certificates between the signer's and the authority's, carried in the
   *     signature so a verifier can build the chain
   */
  public PdfSigner(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
    this.key = key;
    this.certificate = certificate;
    this.chain = List.copyOf(chain);
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
      options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
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
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("CMS signature failed", e);
    }
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
