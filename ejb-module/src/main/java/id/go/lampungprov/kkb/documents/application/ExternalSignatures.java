package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.SignatureKind;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reports.signing.SignatureCheck;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Documents issued unsigned, to be signed in another tool: their signed copy, uploaded by hand,
 * checked ({@link SignedCopies}) and archived in place of the unsigned one.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN})
public class ExternalSignatures {

  @EJB private DocumentService documents;
  @Inject private AuditTrail audit;
  @Inject private ScopeGuard scopeGuard;
  @Inject private SignedCopies signedCopies;

  /**
   * Archives the externally signed copy of a document issued for external signature. Accepted only
   * when the signature is intact, covers the whole file, is not this installation's own, the signed
   * file is the issued one with the signature appended (an incremental update), and the signer's
   * certificate chains to an authority the IT department configured ({@code
   * KKB_TRUSTED_CERTIFICATES}).
   */
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN})
  public IssuedDocument acceptSigned(String publicId, byte[] signedPdf) {
    return accept(publicId, signedPdf, false);
  }

  /**
   * As {@link #acceptSigned}, but an administrator may accept a certificate that does not chain to
   * a configured authority (e.g. before the BSrE root is configured). Every other check still
   * holds; the document is marked {@link SignatureKind#EXTERNAL_OVERRIDE} for good and the override
   * with its reason is written to the audit trail.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public IssuedDocument acceptSignedOverridingTrust(String publicId, byte[] signedPdf) {
    return accept(publicId, signedPdf, true);
  }

  private IssuedDocument accept(String publicId, byte[] signedPdf, boolean override) {
    IssuedDocument d = documents.get(publicId);
    scopeGuard.checkWrite(RegionCode.of(d.regionCode()));
    if (d.signatureKind() == SignatureKind.AWAITING_BSRE) {
      return acceptBsreByHand(d, signedPdf, override);
    }
    if (d.signatureKind() != SignatureKind.AWAITING_EXTERNAL) {
      throw new ConflictException(
          "signatureKind", "not-awaiting-signature", "document " + d.number() + " is signed");
    }
    SignatureCheck check = signedCopies.check(d, signedPdf, override);
    boolean trusted = check.trust().trusted();
    d.acceptExternalSignature(signedCopies.store(signedPdf), check.signerSubject(), trusted);
    if (!trusted) {
      audit.append(
          AuditRecord.event(
              AuditAction.TRANSITION,
              d.auditType(),
              d.auditId(),
              "external signature accepted by administrator override, certificate not trusted: "
                  + check.trust().reason()));
    }
    return d;
  }

  /**
   * A document awaiting its BSrE signature, signed by hand instead (e.g. in BSrE's own application
   * while the gateway cannot be reached for days): the same checks, and only a certificate of a
   * configured authority, because its footer already says BSrE signed it; never an override.
   */
  private IssuedDocument acceptBsreByHand(IssuedDocument d, byte[] signedPdf, boolean override) {
    if (override) {
      throw new InvalidInputException(
          "override",
          "bsre-trusted-only",
          "document "
              + d.number()
              + " is printed as signed through BSrE: only a certificate of a configured authority"
              + " is accepted, without override");
    }
    SignatureCheck check = signedCopies.acceptBsre(d, signedPdf);
    audit.append(
        AuditRecord.event(
            AuditAction.TRANSITION,
            d.auditType(),
            d.auditId(),
            "BSrE signature uploaded by hand instead of through the signing queue; certificate "
                + check.signerSubject()));
    return d;
  }
}
