package id.go.lampungprov.kkb.documents.facade;

import id.go.lampungprov.kkb.platform.facade.Versioned;
import id.go.lampungprov.kkb.platform.facade.VersionedDto;
import id.go.lampungprov.kkb.reports.signing.SignatureTimestamp;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issued documents, verifications and issuers in answers and requests. */
public final class DocumentDtos {

  private DocumentDtos() {}

  @Schema(name = "IssuedDocument")
  public record DocumentDto(
      String id,
      String number,
      String type,
      String subject,
      String issuerCode,
      String issuerName,
      String signatoryName,
      String signatoryPosition,
      String certificateSubject,
      String sha256,
      Instant issuedAt,
      @Schema(
              description =
                  "INSTALLATION (signed here), AWAITING_EXTERNAL (issued unsigned, to be signed"
                      + " elsewhere), EXTERNAL (signed elsewhere, e.g. BSrE, and uploaded back),"
                      + " EXTERNAL_OVERRIDE (signed elsewhere with a certificate of no configured"
                      + " authority, accepted by an administrator's override: not trusted),"
                      + " AWAITING_BSRE (issued unsigned into the signatory's signing queue), BSRE"
                      + " (signed through the BSrE gateway, checked and archived)")
          String signatureKind)
      implements Serializable {}

  @Schema(name = "IssuedDocumentPage")
  public record DocumentPageDto(List<DocumentDto> content, long totalElements, int page, int size)
      implements Serializable {}

  @Schema(name = "DocumentVerification")
  public record VerificationDto(
      boolean signed,
      @Schema(description = "the signed bytes are unchanged") boolean intact,
      @Schema(description = "nothing was appended after signing") boolean coversWholeDocument,
      String signerSubject,
      String certificateSha256,
      Instant signedAt,
      @Schema(description = "signed with this installation's certificate (not a BSrE one)")
          boolean signedByThisInstallation,
      @Schema(description = "these exact bytes were issued here") boolean registered,
      DocumentDto document,
      @Schema(
              description =
                  "intact, whole, and signed with a certificate that chains to a configured"
                      + " authority (KKB_TRUSTED_CERTIFICATES) or with this installation's own")
          boolean trusted,
      @Schema(
              description =
                  "TRUSTED, INSTALLATION, UNKNOWN_AUTHORITY, EXPIRED, NOT_FOR_SIGNING,"
                      + " SIGNATURE_INVALID, UNSIGNED")
          String trust,
      @Schema(description = "why, e.g. signed by X, chain to the configured authority Y")
          String trustReason,
      @Schema(description = "the signer's certificate up to the authority") List<String> chain,
      String trustAnchor,
      Instant certificateNotAfter,
      @Schema(description = "always false: this server cannot reach OCSP responders or CRLs")
          boolean revocationChecked,
      @Schema(
              description =
                  "the registered document was accepted with an untrusted certificate by an"
                      + " administrator's override")
          boolean administratorOverride,
      @Schema(description = "the signature's RFC 3161 timestamp (PAdES B-T); null without one")
          TimestampDto timestamp) {}

  /**
   * @param trusted the token is valid, covers this signature and its authority chains to a
   *     configured one
   */
  @Schema(name = "SignatureTimestamp")
  public record TimestampDto(
      Instant time,
      String authority,
      boolean tokenValid,
      boolean coversSignature,
      boolean trusted,
      String authorityTrustReason)
      implements Serializable {

    static TimestampDto of(SignatureTimestamp t) {
      return new TimestampDto(
          t.time(),
          t.authority(),
          t.tokenValid(),
          t.coversSignature(),
          t.trusted(),
          t.trust().reason());
    }
  }

  @Schema(name = "Issuer")
  public record IssuerDto(
      String code,
      String line1,
      String line2,
      String address,
      String numberTemplate,
      String unitCode,
      String signatoryName,
      String signatoryPosition,
      String signatoryRank,
      String signatoryNip,
      String place,
      boolean hasLogo,
      @Schema(description = "document type → id of the signatory who signs it")
          Map<String, Long> signatoriesByType,
      long version)
      implements Versioned {}

  @Schema(name = "Signatory")
  public record SignatoryDto(
      long id,
      String issuerCode,
      String fullName,
      String position,
      String rank,
      String nip,
      long version)
      implements VersionedDto {}

  @Schema(name = "SignatoryRequest")
  public static class SignatoryRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 120)
    public String fullName;

    @NotBlank
    @Size(max = 200)
    public String position;

    @Size(max = 120)
    public String rank;

    @Size(max = 25)
    public String nip;
  }

  @Schema(name = "SignatoryAssignment")
  public static class SignatoryAssignment {
    @Schema(description = "the signatory's id; null returns the type to the issuer's default")
    public Long signatoryId;
  }

  @Schema(name = "IssuerRequest")
  public static class IssuerRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 120)
    public String line1;

    @NotBlank
    @Size(max = 160)
    public String line2;

    @Size(max = 300)
    public String address;

    @NotBlank
    @Size(max = 100)
    @Schema(description = "tokens {seq} {code} {unit} {month} {roman_month} {year}")
    public String numberTemplate;

    @Size(max = 30)
    public String unitCode;

    @NotBlank
    @Size(max = 120)
    public String signatoryName;

    @NotBlank
    @Size(max = 200)
    public String signatoryPosition;

    @Size(max = 120)
    public String signatoryRank;

    @Size(max = 25)
    public String signatoryNip;

    @NotBlank
    @Size(max = 60)
    public String place;
  }
}
