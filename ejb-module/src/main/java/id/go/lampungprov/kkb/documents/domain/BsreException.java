package id.go.lampungprov.kkb.documents.domain;

/**
 * The BSrE gateway did not sign, and why. The message is for the log and names no passphrase; what
 * the signatory reads comes from the bundles by {@link #reason()} ({@code bsre.reason.*}).
 */
public class BsreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the gateway did not sign. */
  public enum Reason {
    /** The passphrase of the signatory's certificate is wrong. */
    WRONG_PASSPHRASE(true),
    /** BSrE knows no certified signer under the signatory's identity. */
    SIGNER_NOT_REGISTERED(true),
    /** The signatory's certificate has expired. */
    CERTIFICATE_EXPIRED(true),
    /**
     * The signatory's certificate is not active (revoked, suspended, not yet issued or renewed).
     */
    CERTIFICATE_NOT_ACTIVE(true),
    /** The gateway cannot be reached or answers that it is unavailable. */
    GATEWAY_DOWN(true),
    /**
     * The gateway refused this application's own credentials ({@code KKB_BSRE_USER}, {@code
     * KKB_BSRE_PASSWORD}): for the IT department, not the signatory.
     */
    GATEWAY_REJECTED_CLIENT(true),
    /** The gateway did not answer in time; the document may be retried. */
    GATEWAY_SLOW(true),
    /** The gateway refused this document for another reason, or answered what cannot be read. */
    REFUSED(false);

    private final boolean stopsBatch;

    Reason(boolean stopsBatch) {
      this.stopsBatch = stopsBatch;
    }

    /**
     * A failure of the signatory or the gateway rather than of one document: the next documents of
     * a batch would fail the same way (and a wrong passphrase repeated may lock the certificate).
     */
    public boolean stopsBatch() {
      return stopsBatch;
    }
  }

  private final Reason reason;

  public BsreException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public BsreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
