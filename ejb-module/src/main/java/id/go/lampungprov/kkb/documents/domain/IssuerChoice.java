package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one rule for which issuer issues a document, for drafts and issued documents alike: the
 * issuer asked for when it is configured (the agency that organised an event, if it is an issuer);
 * otherwise the document type's own issuer; otherwise the province's issuer, which the installation
 * always has. An issuer a user chose explicitly must exist.
 */
public final class IssuerChoice {

  /** Dinas PPPA Provinsi Lampung: installed by the migrations, the issuer of last resort. */
  public static final String PROVINCE = "DPPPA";

  private IssuerChoice() {}

  /**
   * @param preferred the issuer asked for, may be null or not configured
   * @param find the configured issuer of a code
   */
  public static Issuer of(
      DocumentType type, String preferred, Function<String, Optional<Issuer>> find) {
    return Stream.of(preferred, type.defaultIssuer(), PROVINCE)
        .filter(code -> code != null && !code.isBlank())
        .map(find)
        .flatMap(Optional::stream)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no issuer is configured for " + type));
  }

  /**
   * The issuer a user chose; none chosen is as {@link #of} with nothing asked for.
   *
   * @throws InvalidInputException {@code issuer}/{@code unknown-issuer} for a code not configured
   */
  public static Issuer chosen(
      DocumentType type, String code, Function<String, Optional<Issuer>> find) {
    if (code == null || code.isBlank()) {
      return of(type, null, find);
    }
    return find.apply(code)
        .orElseThrow(
            () -> new InvalidInputException("issuer", "unknown-issuer", "no issuer " + code));
  }
}
