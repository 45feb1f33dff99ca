package id.go.lampungprov.kkb.reports.signing;

import java.time.Instant;
import java.util.Optional;

/**
 * What a PDF's last signature says: whether it is intact (the signed bytes hash to what was
 * signed), whether it covers the whole file (the byte range leaves out exactly the signature and
 * reaches the end: no update appended after signing), who signed and the SHA-256 fingerprint of
 * their certificate, and whether that certificate is trusted, with the reason; and the signature's
 * RFC 3161 timestamp (PAdES B-T) when it carries one.
 */
public record SignatureCheck(
    boolean signed,
    boolean intact,
    boolean coversWholeDocument,
    String signerSubject,
    String certificateSha256,
    Optional<Instant> signedAt,
    String subFilter,
    Trust trust,
    Optional<SignatureTimestamp> timestamp) {

  public static SignatureCheck unsigned() {
    return without(false, Trust.Status.UNSIGNED);
  }

  /** A signature that could not be read at all: broken, whatever else it claims. */
  public static SignatureCheck unreadable() {
    return without(true, Trust.Status.SIGNATURE_INVALID);
  }

  private static SignatureCheck without(boolean signed, Trust.Status status) {
    return new SignatureCheck(
        signed,
        false,
        false,
        null,
        null,
        Optional.empty(),
        null,
        Trust.of(status),
        Optional.empty());
  }

  /** Intact and nothing added afterwards. */
  public boolean valid() {
    return signed && intact && coversWholeDocument;
  }

  /** Valid, and signed with a certificate that chains to a configured authority or is ours. */
  public boolean trusted() {
    return valid() && trust.trusted();
  }
}
