package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.facade.VersionedDto;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Agencies and cross-sector interventions in requests and answers. */
public final class InterventionDtos {

  private InterventionDtos() {}

  @Schema(name = "Agency")
  public record AgencyDto(
      long id, String code, String name, String level, boolean active, long version)
      implements Serializable, VersionedDto {}

  @Schema(name = "AgencyRequest")
  public static class AgencyRequest {
    @Schema(description = "capitals, digits and _; fixed once created", example = "DINSOS")
    @Size(max = 30)
    public String code;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotBlank
    @Schema(enumeration = {"PROVINCE", "REGENCY", "VERTICAL", "NON_GOVERNMENT"})
    public String level;

    @Schema(description = "false retires the agency; old records keep it")
    public Boolean active;
  }

  @Schema(name = "InterventionPhoto")
  public record PhotoDto(
      long id,
      String stage,
      String contentType,
      long size,
      Integer width,
      Integer height,
      String sha256,
      String caption,
      Instant uploadedAt,
      boolean publicPhoto) {}

  @Schema(name = "Intervention")
  public record InterventionDto(
      long id,
      long kampungKbId,
      String kampungKbName,
      String villageCode,
      LocalDate date,
      String title,
      AgencyDto agency,
      String familyFunction,
      List<String> targetGroups,
      String description,
      String outcome,
      List<PhotoDto> photos,
      long version)
      implements VersionedDto {}

  @Schema(name = "InterventionRequest")
  public static class InterventionRequest {
    @NotNull public Long kampungKbId;

    @Schema(description = "yyyy-mm-dd")
    @NotBlank
    @Size(max = 10)
    public String date;

    @NotBlank
    @Size(max = 200)
    public String title;

    @NotNull public Long agencyId;

    @NotBlank
    @Schema(
        enumeration = {
          "RELIGIOUS",
          "SOCIO_CULTURAL",
          "LOVE_AND_AFFECTION",
          "PROTECTION",
          "REPRODUCTION",
          "EDUCATION",
          "ECONOMY",
          "ENVIRONMENT"
        })
    public String familyFunction;

    @NotNull
    @Size(min = 1, max = 12)
    public List<String> targetGroups;

    @Size(max = 4000)
    public String description;

    @Size(max = 4000)
    public String outcome;
  }
}
