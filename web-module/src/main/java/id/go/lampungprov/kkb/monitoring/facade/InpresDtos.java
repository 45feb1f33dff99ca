package id.go.lampungprov.kkb.monitoring.facade;

import id.go.lampungprov.kkb.platform.facade.Versioned;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The transfer objects of the Inpres 3/2022 catalogue, the tags and the recap. */
public final class InpresDtos {

  private InpresDtos() {}

  /** A catalogue version with its tree of targets, programmes and activities. */
  @Schema(name = "InpresCatalogue")
  public record CatalogueDto(
      @Schema(example = "INPRES-3-2022") String code,
      String title,
      LocalDate issuedOn,
      String source,
      List<TargetDto> targets)
      implements Serializable {}

  @Schema(name = "InpresTarget")
  public record TargetDto(
      @Schema(example = "S2") String code, String name, List<ProgrammeDto> programmes)
      implements Serializable {}

  @Schema(name = "InpresProgramme")
  public record ProgrammeDto(
      @Schema(example = "S2.P1") String code, String name, List<ActivityDto> activities)
      implements Serializable {}

  @Schema(name = "InpresActivity")
  public record ActivityDto(
      @Schema(example = "S2.P1.K3") String code,
      String name,
      String indicator,
      @Schema(description = "the ministry or agency responsible (penanggung jawab)")
          String responsible)
      implements Serializable {}

  /** An intervention's tags; version 0 and no activities when it was never tagged. */
  @Schema(name = "InterventionInpresTags")
  public record TagsDto(
      long interventionId,
      List<ActivityDto> activities,
      String taggedBy,
      Instant taggedAt,
      long version)
      implements Versioned, Serializable {}

  /** The body of {@code PUT /api/interventions/{id}/inpres}. */
  @Schema(name = "InterventionInpresRequest")
  public static class TagsRequest {
    @Schema(
        description =
            "activity codes of the current catalogue, e.g. [\"S2.P1.K3\"]; [] removes every tag")
    public List<String> activities;
  }

  /** A column of the recap. */
  @Schema(name = "InpresRecapArea")
  public record AreaDto(String code, String name) implements Serializable {}

  /** Interventions and the Kampung KB they reached. */
  @Schema(name = "InpresRecapCell")
  public record CellDto(long interventions, long kampungKb) implements Serializable {}

  /** A target, programme or activity with a cell per area, in the order of {@code areas}. */
  @Schema(name = "InpresRecapRow")
  public record RowDto(
      @Schema(enumeration = {"TARGET", "PROGRAMME", "ACTIVITY", "ALL"}) String level,
      String code,
      String name,
      List<CellDto> cells,
      CellDto total)
      implements Serializable {}

  /** The interventions of a year per target, programme and activity and per area. */
  @Schema(name = "InpresRecap")
  public record RecapDto(
      String catalogue,
      String catalogueTitle,
      String region,
      String regionName,
      int year,
      List<AreaDto> areas,
      List<RowDto> rows,
      RowDto total)
      implements Serializable {}
}
