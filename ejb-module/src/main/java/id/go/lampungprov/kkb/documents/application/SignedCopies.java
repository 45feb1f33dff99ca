package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.infrastructure.TrustedCertificates;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.reports.signing.SignatureCheck;
import id.go.lampungprov.kkb.reports.signing.Trust;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * The one check of a signed copy of an issued document, whoever signed it (an upload by hand, the
 * BSrE gateway): the signature is intact and covers the whole file, the signed file is exactly the
 * issued one with the signature appended (an incremental update), it is not this installation's own
 * certificate, and the certificate chains to an authority the IT department configured ({@code
 * KKB_TRUSTED_CERTIFICATES}) unless an administrator overrides that last check.
 */
@ApplicationScoped
public class SignedCopies {

  @Inject private FileStore files;
  @Inject private TrustedCertificates trustedCertificates;

  /**
   * @param override accept a certificate of no configured authority (administrators, by hand only)
   * @return the check of the signature, for the signer's name and whether it is trusted
   * @throws InvalidInputException {@code file} with the rule that failed
   */
  public SignatureCheck check(IssuedDocument d, byte[] signedPdf, boolean override) {
    UploadPolicy.issuedPdf("file").inspect(signedPdf, "application/pdf");
    byte[] unsigned =
        files
            .content(d.file())
            .orElseThrow(() -> new EntityNotFoundException("Document", d.publicId()));
    SignatureCheck check = trustedCertificates.checkSignature(signedPdf);
    if (!check.valid()) {
      throw new InvalidInputException(
          "file",
          "valid-signature",
          check.signed()
              ? "the signature is broken or does not cover the whole file"
              : "the file carries no signature");
    }
    if (signedPdf.length <= unsigned.length
        || !Arrays.equals(signedPdf, 0, unsigned.length, unsigned, 0, unsigned.length)) {
      throw new InvalidInputException(
          "file",
          "same-document",
          "the signed file is not document " + d.number() + " as issued, with a signature added");
    }
    if (check.trust().status() == Trust.Status.INSTALLATION) {
      throw new InvalidInputException(
          "file",
          "external-certificate",
          "signed with this installation's own certificate, not an external one");
    }
    if (!check.trust().trusted() && !override) {
      throw new InvalidInputException(
          "file", "trusted-certificate", "not trusted: " + check.trust().reason());
    }
    return check;
  }

  /**
   * Checks a copy signed with a BSrE certificate (never with an override: the document is printed
   * as BSrE-signed) and archives it in place of the unsigned one; the caller audits how it came.
   */
  public SignatureCheck acceptBsre(IssuedDocument d, byte[] signedPdf) {
    SignatureCheck check = check(d, signedPdf, false);
    d.acceptBsreSignature(store(signedPdf), check.signerSubject());
    return check;
  }

  /** Keeps the checked signed copy, to archive in place of the unsigned one. */
  public StoredFile store(byte[] signedPdf) {
    return files.store(UploadPolicy.issuedPdf("file"), signedPdf, "application/pdf");
  }
}
