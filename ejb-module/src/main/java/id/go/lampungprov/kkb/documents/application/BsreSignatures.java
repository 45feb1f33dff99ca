package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SignatureKind;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reports.signing.SignatureCheck;
import id.go.lampungprov.kkb.security.application.CurrentUser;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * One document of a BSrE signing batch: read before the gateway is called, archived after, each in
 * a transaction of its own so that one document's failure leaves the others of the batch as they
 * are and the document itself awaiting, untouched.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class BsreSignatures {

  /** A document awaiting the caller's signature: what the gateway needs to sign it. */
  public record Pending(String publicId, String number, String place, byte[] unsigned) {}

  @Inject private DocumentRepository documents;
  @Inject private FileStore files;
  @Inject private SignedCopies signedCopies;
  @Inject private AuditTrail audit;
  @Inject private CurrentUser currentUser;

  /**
   * The unsigned PDF of a document that awaits the caller's signature (by their account's NIP).
   *
   * @throws ConflictException the document does not await a BSrE signature (any more)
   * @throws AccessDeniedException another official signs it
   */
  @RolesAllowed(Role.Names.STAFF)
  public Pending pending(String publicId) {
    IssuedDocument d = awaiting(publicId);
    byte[] unsigned =
        files
            .content(d.file())
            .orElseThrow(() -> new EntityNotFoundException("Document", publicId));
    String place = documents.findIssuer(d.issuerCode()).map(Issuer::place).orElse("");
    return new Pending(publicId, d.number(), place, unsigned);
  }

  /**
   * Checks the PDF the gateway signed as an uploaded one is ({@link SignedCopies}, never with an
   * override) and archives it in place of the unsigned one; audited with who signed, never with the
   * passphrase.
   *
   * @param signer how BSrE knows the caller (e-mail), for the audit trail
   */
  @RolesAllowed(Role.Names.STAFF)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public IssuedDocument archive(String publicId, byte[] signedPdf, String signer) {
    IssuedDocument d = awaiting(publicId);
    SignatureCheck check = signedCopies.acceptBsre(d, signedPdf);
    audit.append(
        AuditRecord.event(
                AuditAction.TRANSITION,
                d.auditType(),
                d.auditId(),
                "signed through the BSrE gateway by "
                    + currentUser.username()
                    + " as "
                    + signer
                    + "; certificate "
                    + check.signerSubject())
            .in(RegionCode.of(d.regionCode())));
    return d;
  }

  /**
   * The NIP on the document decides who signs it, not the caller's region: a Kepala Dinas signs for
   * the whole province whatever scope their account has. The caller's NIP is read here, never taken
   * from the caller.
   */
  private IssuedDocument awaiting(String publicId) {
    String signatoryNip = currentUser.account().nip().map(Nip::value).orElse(null);
    IssuedDocument d =
        (publicId == null || publicId.length() > 36
                ? Optional.<IssuedDocument>empty()
                : documents.findByPublicId(publicId))
            .orElseThrow(() -> new EntityNotFoundException("Document", publicId));
    if (d.signatureKind() != SignatureKind.AWAITING_BSRE) {
      throw new ConflictException(
          "documentIds",
          "not-awaiting-signature",
          "document " + d.number() + " does not await a BSrE signature");
    }
    if (signatoryNip == null || !d.signatoryNip().filter(signatoryNip::equals).isPresent()) {
      throw new AccessDeniedException(
          "document " + d.number() + " awaits the signature of another official");
    }
    return d;
  }
}
