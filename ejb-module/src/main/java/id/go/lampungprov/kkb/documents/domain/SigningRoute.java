package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a document is to be signed when it is issued: the {@code signature} parameter of every
 * issuing endpoint.
 */
public enum SigningRoute {
  /** Signed at once with this installation's own certificate (the default). */
  INSTALLATION,
  /** Issued unsigned, signed in another tool and uploaded back by hand. */
  EXTERNAL,
  /**
   * Issued unsigned into its signatory's signing queue, signed there through the province's BSrE
   * gateway with the signatory's certified certificate.
   */
  BSRE;

  /** The kind a document issued this way has until (or once) it is signed. */
  public SignatureKind initialKind() {
    return switch (this) {
      case INSTALLATION -> SignatureKind.INSTALLATION;
      case EXTERNAL -> SignatureKind.AWAITING_EXTERNAL;
      case BSRE -> SignatureKind.AWAITING_BSRE;
    };
  }

  /**
   * The {@code signature} parameter: {@code installation} (also when absent), {@code external} or
   * {@code bsre}.
   */
  public static SigningRoute parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return INSTALLATION;
    }
    return Arrays.stream(values())
        .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    "signature-kind",
                    field
                        + " must be one of "
                        + Arrays.stream(values())
                            .map(r -> r.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))));
  }
}
