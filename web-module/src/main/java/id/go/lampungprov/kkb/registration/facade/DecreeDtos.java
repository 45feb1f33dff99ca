package id.go.lampungprov.kkb.registration.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Decrees (SK) in requests and answers. */
public final class DecreeDtos {

  private DecreeDtos() {}

  @Schema(name = "Decree")
  public record DecreeDto(
      long id,
      String number,
      LocalDate date,
      @Schema(enumeration = {"VILLAGE", "DISTRICT", "REGENCY", "PROVINCE"}) String issuerLevel,
      String issuerRegion,
      String signerName,
      String signerPosition,
      @Schema(enumeration = {"POKJA_FORMATION", "KAMPUNG_KB_DECLARATION", "RUMAH_DATAKU"})
          String subject,
      List<Long> kampungKbIds,
      @Schema(description = "SHA-256 of the attached scan, null without one")
          String documentSha256) {}

  @Schema(name = "DecreeRequest")
  public static class DecreeRequest {
    @NotBlank
    @Size(max = 100)
    public String number;

    @Schema(description = "yyyy-mm-dd")
    @NotBlank
    @Size(max = 10)
    public String date;

    @Schema(
        description =
            "the issuer's region: the village for a village head, the regency for a regent",
        example = "18.07")
    @NotBlank
    @Size(max = 20)
    public String issuerRegion;

    @NotBlank
    @Size(max = 120)
    public String signerName;

    @NotBlank
    @Size(max = 120)
    public String signerPosition;

    @NotBlank
    @Schema(enumeration = {"POKJA_FORMATION", "KAMPUNG_KB_DECLARATION", "RUMAH_DATAKU"})
    public String subject;

    @NotNull
    @Size(min = 1, max = 5000)
    public List<Long> kampungKbIds;
  }
}
