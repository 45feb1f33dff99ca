package id.go.lampungprov.kkb.reports.signing;

import java.time.Instant;
import java.util.Optional;

/**
 * What a PDF's last signature says: whether it is intact (the signed bytes hash to what was
 * signed), whether it covers the whole file (no update appended after signing), who signed and the
 * SHA-256 fingerprint of their certificate, to compare with trusted ones.
 */
public record SignatureCheck(
    boolean signed,
    boolean intact,
    boolean coversWholeDocument,
    String signerSubject,
    String certificateSha256,
    Optional<Instant> signedAt,
    String subFilter) {

  public static SignatureCheck unsigned() {
    return new SignatureCheck(false, false, false, null, null, Optional.empty(), null);
  }

  /** Intact and nothing added afterwards. */
  public boolean valid() {
    return signed && intact && coversWholeDocument;
  }
}
