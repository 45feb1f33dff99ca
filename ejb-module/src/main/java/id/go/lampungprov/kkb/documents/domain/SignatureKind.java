package id.go.lampungprov.kkb.documents.domain;

/**
 * How an issued document is signed. Only {@link #EXTERNAL} and {@link #BSRE} documents carry a
 * signature made outside this system (e.g. a certified BSrE signature); this installation's own
 * signature never passes for one.
 */
public enum SignatureKind {
  /** Signed here with the installation's certificate. */
  INSTALLATION,
  /** Issued unsigned, to be signed elsewhere and uploaded back. */
  AWAITING_EXTERNAL,
  /**
   * Signed elsewhere and uploaded back; checked to be exactly the issued document, signed, with a
   * certificate that chains to a configured authority (e.g. the BSrE root).
   */
  EXTERNAL,
  /**
   * Signed elsewhere with a certificate that does not chain to a configured authority, accepted
   * only because an administrator overrode the check (audited): never shown as trusted.
   */
  EXTERNAL_OVERRIDE,
  /** Issued unsigned into its signatory's signing queue, to be signed through the BSrE gateway. */
  AWAITING_BSRE,
  /**
   * Signed through the BSrE gateway; the signed copy checked as an uploaded one is (intact, exactly
   * the issued document, a certificate chaining to a configured authority) and archived.
   */
  BSRE;

  /** Issued unsigned and not signed yet: there is no signature to check. */
  public boolean awaiting() {
    return this == AWAITING_EXTERNAL || this == AWAITING_BSRE;
  }
}
