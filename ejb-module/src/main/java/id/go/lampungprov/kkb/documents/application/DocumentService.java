package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.NumberTemplate;
import id.go.lampungprov.kkb.documents.domain.SignatureBlock;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.infrastructure.BsreGateway;
import id.go.lampungprov.kkb.documents.infrastructure.NumberBook;
import id.go.lampungprov.kkb.documents.infrastructure.SigningKeys;
import id.go.lampungprov.kkb.documents.infrastructure.TrustedCertificates;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reports.qr.QrCodes;
import id.go.lampungprov.kkb.reports.signing.SignatureCheck;
import id.go.lampungprov.kkb.reports.signing.Trust;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;

/**
 * Issues official documents: takes the issuer's next number, renders the PDF with that number and a
 * QR code of its public verification page, signs it with the installation's certificate and keeps
 * it in the registry with its SHA-256; the counter is locked only while the number is taken.
 * Verifies uploaded PDFs against signature and registry.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class DocumentService {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /**
   * What a template needs to print on an issued document.
   *
   * @param signing how the document is signed, which decides what its footer may claim
   */
  public record Stamp(
      String number,
      String verifyUrl,
      byte[] qrPng,
      Issuer issuer,
      SignatureBlock signature,
      LocalDate date,
      SigningRoute signing) {}

  /**
   * A document to issue.
   *
   * @param issuer as {@link Issuers} chose it
   * @param subjectRef the record it is about, e.g. {@code CoachingEvent:12}
   * @param region where that record lies, for scope checks on download
   * @param baseUrl the application's public address, ending in "/"
   * @param render the PDF with the stamp printed
   */
  public record Issue(
      DocumentType type,
      String subject,
      Issuer issuer,
      String subjectRef,
      RegionCode region,
      String baseUrl,
      SigningRoute signing,
      Function<Stamp, byte[]> render) {}

  /** The answer to "is this PDF ours and unchanged?". */
  public record Verification(
      SignatureCheck signature,
      boolean signedByThisInstallation,
      Optional<IssuedDocument> registered) {}

  @Inject private DocumentRepository documents;
  @Inject private SigningKeys keys;
  @Inject private TrustedCertificates trustedCertificates;
  @Inject private AuditTrail audit;
  @Inject private FileStore files;
  @Inject private ScopeGuard scopeGuard;
  @EJB private DocumentNumbers numbers;
  @Inject private Issuers issuers;
  @Inject private BsreGateway bsre;

  /**
   * Takes the issuer's next number in a short transaction of its own, renders and signs the
   * document outside the counter's lock, then archives it with the number used up; an issue that
   * fails after taking its number gives it back (see {@link NumberBook}), so numbers stay gapless
   * while issues of one issuer run side by side.
   */
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(Issue request) {
    Issuer issuer = request.issuer();
    scopeGuard.checkWrite(request.region());
    LocalDate today = LocalDate.now(JAKARTA);
    String publicId = UUID.randomUUID().toString();
    String url = request.baseUrl() + "verify/" + publicId;
    SignatureBlock signatory = issuers.signatureFor(issuer, request.type());
    SigningRoute signing = request.signing();
    if (signing == SigningRoute.BSRE) {
      requireBsre(signatory);
    }
    byte[] qr = QrCodes.png(url, 240);
    try {
      numbers.ensure(issuer.code(), today.getYear());
    } catch (EJBException raced) {
      // A concurrent first document of the year created the counter: it exists now.
    }
    NumberBook.Reservation reserved = numbers.reserve(issuer.code(), today.getYear(), publicId);
    try {
      String number =
          NumberTemplate.format(
              issuer.numberTemplate(),
              reserved.seq(),
              request.type().archiveCode(),
              issuer.unitCode(),
              today);
      boolean here = signing == SigningRoute.INSTALLATION;
      byte[] pdf =
          request.render().apply(new Stamp(number, url, qr, issuer, signatory, today, signing));
      byte[] signed =
          !here
              ? pdf
              : keys.signer()
                  .sign(
                      pdf,
                      issuer.line2(),
                      "Dokumen resmi nomor " + number,
                      issuer.place(),
                      Calendar.getInstance(TimeZone.getTimeZone(JAKARTA)));
      StoredFile file = files.store(UploadPolicy.issuedPdf("document"), signed, "application/pdf");
      IssuedDocument document =
          new IssuedDocument(
              publicId,
              number,
              request.type().name(),
              request.subject(),
              issuer,
              signatory,
              signing.initialKind(),
              here ? keys.signer().certificate().getSubjectX500Principal().getName() : null,
              request.subjectRef(),
              request.region().value(),
              file,
              Instant.now());
      documents.add(document);
      // Last: from here the reservation's row stays locked until this transaction ends, and
      // giving the number back would wait for it.
      numbers.consume(reserved);
      return document;
    } catch (RuntimeException | Error failed) {
      try {
        numbers.release(reserved);
      } catch (RuntimeException alsoFailed) {
        // Unreleased, the number is taken again once abandoned (NumberBook.ABANDONED).
        failed.addSuppressed(alsoFailed);
      }
      throw failed;
    }
  }

  /**
   * A document goes to its signatory's BSrE queue only if it can be signed there: the gateway is
   * configured and the signatory has a NIP, by which the queue finds the signatory's account.
   * Checked before a number is taken, so a refusal uses up none.
   */
  private void requireBsre(SignatureBlock signatory) {
    if (!bsre.configured()) {
      throw new InvalidInputException(
          "signature",
          "bsre-not-configured",
          "signing through BSrE is not set up on this installation (KKB_BSRE_URL)");
    }
    if (signatory.nip() == null) {
      throw new InvalidInputException(
          "signature",
          "signatory-nip",
          "the signatory "
              + signatory.name()
              + " has no NIP: the signing queue finds the signatory's account by it");
    }
  }

  /** The facts the public verification page shows; no personal data beyond the signatory. */
  @PermitAll
  public Optional<IssuedDocument> publicFacts(String publicId) {
    return publicId == null || publicId.length() > 36
        ? Optional.empty()
        : documents.findByPublicId(publicId);
  }

  public IssuedDocument get(String publicId) {
    IssuedDocument d =
        publicFacts(publicId).orElseThrow(() -> new EntityNotFoundException("Document", publicId));
    scopeGuard.checkRead(RegionCode.of(d.regionCode()), "Document", publicId);
    return d;
  }

  /** The documents issued about records in the caller's scope, newest first. */
  public Page<IssuedDocument> list(Optional<DocumentType> type, PageRequest page) {
    return documents.issuedWithin(scopeGuard.scope().prefix(), type.map(DocumentType::name), page);
  }

  public byte[] pdf(String publicId) {
    IssuedDocument d = get(publicId);
    return files
        .content(d.file())
        .orElseThrow(() -> new EntityNotFoundException("Document", publicId));
  }

  /**
   * Checks an uploaded PDF's signature, its certificate against the configured authorities, and
   * whether these exact bytes were issued here.
   */
  @PermitAll
  public Verification verify(byte[] pdf) {
    UploadPolicy.issuedPdf("file").inspect(pdf, "application/pdf");
    SignatureCheck check = trustedCertificates.checkSignature(pdf);
    return new Verification(
        check,
        check.trust().status() == Trust.Status.INSTALLATION,
        documents.findBySha256(FileStore.sha256(pdf)));
  }

  /**
   * The registered document's archived file checked now, for the public verification page: whether
   * its signature is (still) trusted, e.g. not expired since.
   */
  @PermitAll
  public Optional<SignatureCheck> archivedSignature(String publicId) {
    return publicFacts(publicId)
        .filter(d -> !d.signatureKind().awaiting())
        .flatMap(d -> files.content(d.file()))
        .map(trustedCertificates::checkSignature);
  }
}
