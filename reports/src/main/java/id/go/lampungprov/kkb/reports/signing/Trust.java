package id.go.lampungprov.kkb.reports.signing;

import java.time.Instant;
import java.util.List;

/**
 * Whether a signer's certificate is trusted, and why (in English; pages translate the status).
 * Revocation is never checked: the server has no way to reach the authorities' OCSP or CRL.
 *
 * @param chain the subjects from the signer's certificate up to the anchor, when one was found
 * @param anchor the configured authority the chain ends at, or null
 * @param notAfter when the signer's certificate expires (or expired), or null
 */
public record Trust(
    Status status, String reason, List<String> chain, String anchor, Instant notAfter) {

  /** Why a certificate is or is not trusted. */
  public enum Status {
    /** The certificate chains to a configured authority (e.g. the BSrE root). */
    TRUSTED(true),
    /** This installation's own signing certificate. */
    INSTALLATION(true),
    /** No chain to any configured authority. */
    UNKNOWN_AUTHORITY(false),
    /** The certificate, or one in its chain, has expired or is not valid yet. */
    EXPIRED(false),
    /** The certificate is not meant for signing documents (key usage). */
    NOT_FOR_SIGNING(false),
    /** The signature is broken or does not cover the whole file: the certificate is moot. */
    SIGNATURE_INVALID(false),
    /** The file carries no signature. */
    UNSIGNED(false);

    private final boolean trusted;

    Status(boolean trusted) {
      this.trusted = trusted;
    }

    public boolean trusted() {
      return trusted;
    }
  }

  public Trust {
    chain = chain == null ? List.of() : List.copyOf(chain);
  }

  static Trust of(Status status) {
    return new Trust(status, defaultReason(status), List.of(), null, null);
  }

  public boolean trusted() {
    return status.trusted();
  }

  private static String defaultReason(Status status) {
    return switch (status) {
      case UNSIGNED -> "the file carries no signature";
      case SIGNATURE_INVALID ->
          "the signature is broken or does not cover the whole file: something was changed or"
              + " added after signing";
      default -> status.name();
    };
  }
}
