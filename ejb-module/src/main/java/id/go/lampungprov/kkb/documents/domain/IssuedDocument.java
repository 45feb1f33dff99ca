package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * A document as issued: number, type, subject, issuer, signatory, the SHA-256 of the signed PDF and
 * when. The public verification page shows these facts under an unguessable id.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends AuditedEntity {

  @Id
  @SequenceGenerator(
      name = "issued_document_seq",
      sequenceName = "issued_document_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_document_seq")
  private Long id;

  @Column(name = "public_id", nullable = false, length = 36, unique = true)
  private String publicId;

  @Column(nullable = false, length = 100)
  private String number;

  @Column(name = "document_type", nullable = false, length = 40)
  private String type;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(name = "issuer_code", nullable = false, length = 30)
  private String issuerCode;

  @Column(name = "issuer_name", nullable = false, length = 160)
  private String issuerName;

  @Column(name = "signatory_name", nullable = false, length = 120)
  private String signatoryName;

  @Column(name = "signatory_position", nullable = false, length = 200)
  private String signatoryPosition;

  /**
   * The signatory's NIP (18 digits) as it was when the document was issued: the signing queue finds
   * the documents awaiting an official's signature by it.
   */
  @Column(name = "signatory_nip", length = 18)
  private String signatoryNip;

  @Column(name = "certificate_subject", length = 300)
  private String certificateSubject;

  @Column(nullable = false, length = 64)
  private String sha256;

  /** The record the document is about, e.g. {@code CoachingEvent:12}, for scope checks. */
  @Column(name = "subject_ref", nullable = false, length = 60)
  private String subjectRef;

  @Column(name = "region_code", nullable = false, length = 13)
  private String regionCode;

  @ManyToOne(optional = false)
  @JoinColumn(name = "file_id", nullable = false)
  private StoredFile file;

  @Enumerated(EnumType.STRING)
  @Column(name = "signature_kind", nullable = false, length = 20)
  private SignatureKind signatureKind;

  /** For a document signed elsewhere: the unsigned PDF as issued, which the signed one extends. */
  @ManyToOne
  @JoinColumn(name = "unsigned_file_id")
  private StoredFile unsignedFile;

  @Column(name = "issued_at", nullable = false)
  private LocalDateTime issuedAt;

  /**
   * Two uploads of the externally signed PDF at once: the second fails instead of silently
   * replacing the first (the archived file and its SHA-256 must stay the ones checked).
   */
  @Version private long version;

  protected IssuedDocument() {
    // for JPA
  }

  public IssuedDocument(
      String publicId,
      String number,
      String type,
      String subject,
      Issuer issuer,
      SignatureBlock signatory,
      SignatureKind signatureKind,
      String certificateSubject,
      String subjectRef,
      String regionCode,
      StoredFile file,
      Instant issuedAt) {
    this.publicId = publicId;
    this.number = number;
    this.type = type;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.issuerCode = issuer.code();
    this.issuerName = issuer.line2();
    this.signatoryName = signatory.name();
    this.signatoryPosition = signatory.position();
    this.signatoryNip = signatory.nip() == null ? null : signatory.nip().replace(" ", "");
    this.signatureKind = signatureKind;
    this.certificateSubject = certificateSubject;
    this.subjectRef = subjectRef;
    this.regionCode = regionCode;
    this.file = file;
    this.sha256 = file.sha256();
    this.issuedAt = LocalDateTime.ofInstant(issuedAt, ZoneOffset.UTC);
  }

  /**
   * Archives the externally signed PDF in place of the unsigned one; the caller has checked that
   * the signature is intact and that the signed file extends exactly the issued bytes.
   *
   * @param trusted the signer's certificate chains to a configured authority; otherwise an
   *     administrator overrode the check and the document says so for good
   */
  public void acceptExternalSignature(StoredFile signed, String signerSubject, boolean trusted) {
    accept(
        SignatureKind.AWAITING_EXTERNAL,
        signed,
        signerSubject,
        trusted ? SignatureKind.EXTERNAL : SignatureKind.EXTERNAL_OVERRIDE);
  }

  /**
   * Archives the PDF the BSrE gateway signed in place of the unsigned one, checked as an uploaded
   * one is (and always against the configured authorities: no override on this route).
   */
  public void acceptBsreSignature(StoredFile signed, String signerSubject) {
    accept(SignatureKind.AWAITING_BSRE, signed, signerSubject, SignatureKind.BSRE);
  }

  private void accept(
      SignatureKind awaited, StoredFile signed, String signerSubject, SignatureKind signedKind) {
    if (signatureKind != awaited) {
      throw new IllegalStateException("document " + number + " does not await a signature");
    }
    this.unsignedFile = this.file;
    this.file = signed;
    this.sha256 = signed.sha256();
    this.certificateSubject =
        signerSubject != null && signerSubject.length() > 300
            ? signerSubject.substring(0, 300)
            : signerSubject;
    this.signatureKind = signedKind;
  }

  /** The signatory's NIP (18 digits) when the document was issued; empty if none was set. */
  public Optional<String> signatoryNip() {
    return Optional.ofNullable(signatoryNip);
  }

  public long version() {
    return version;
  }

  public SignatureKind signatureKind() {
    return signatureKind;
  }

  public StoredFile unsignedFile() {
    return unsignedFile;
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public String number() {
    return number;
  }

  public String type() {
    return type;
  }

  public String subject() {
    return subject;
  }

  public String issuerCode() {
    return issuerCode;
  }

  public String issuerName() {
    return issuerName;
  }

  public String signatoryName() {
    return signatoryName;
  }

  public String signatoryPosition() {
    return signatoryPosition;
  }

  public String certificateSubject() {
    return certificateSubject;
  }

  public String sha256() {
    return sha256;
  }

  public String subjectRef() {
    return subjectRef;
  }

  public String regionCode() {
    return regionCode;
  }

  public StoredFile file() {
    return file;
  }

  public Instant issuedAt() {
    return issuedAt.toInstant(ZoneOffset.UTC);
  }

  @Override
  public RegionCode auditRegion() {
    return regionOf(regionCode);
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("number", number)
        .and("type", type)
        .and("subject", subject)
        .and("issuer", issuerCode)
        .and("sha256", sha256)
        .and("subjectRef", subjectRef)
        .and("signatureKind", signatureKind);
  }
}
