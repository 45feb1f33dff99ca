package id.go.lampungprov.kkb.assessment.facade;

import id.go.lampungprov.kkb.platform.facade.VersionedDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Instruments and assessments in requests and answers. */
public final class AssessmentDtos {

  private AssessmentDtos() {}

  @Schema(name = "InstrumentIndicator")
  public static class IndicatorDto {
    @NotBlank
    @Size(max = 60)
    public String aspect;

    @NotBlank
    @Size(max = 20)
    public String code;

    @NotBlank
    @Size(max = 300)
    public String title;

    @NotNull public Integer weight;

    @Schema(description = "what each level 1, 2, 3, 4 looks like")
    @NotNull
    @Size(min = 4, max = 4)
    public List<String> rubric;

    @Size(max = 500)
    public String evidence;

    public IndicatorDto() {}

    public IndicatorDto(
        String aspect,
        String code,
        String title,
        int weight,
        List<String> rubric,
        String evidence) {
      this.aspect = aspect;
      this.code = code;
      this.title = title;
      this.weight = weight;
      this.rubric = rubric;
      this.evidence = evidence;
    }
  }

  @Schema(name = "InstrumentRequest")
  public static class InstrumentRequest {
    @Schema(example = "COE-KKB")
    @Size(max = 30)
    public String code;

    @NotBlank
    @Size(max = 300)
    public String title;

    @NotNull
    @Size(min = 1, max = 100)
    public List<@Valid IndicatorDto> indicators;

    @Schema(
        description = "lower bounds of COE, Mandiri, Berkembang on the 0–100 total",
        example = "[85, 70, 55]")
    @NotNull
    @Size(min = 3, max = 3)
    public List<Integer> bands;
  }

  @Schema(name = "Instrument")
  public record InstrumentDto(
      long id,
      String code,
      int revision,
      String title,
      boolean published,
      List<Integer> bands,
      List<IndicatorDto> indicators,
      long version)
      implements VersionedDto {}

  @Schema(name = "TeamMember")
  public static class TeamMemberDto implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 50)
    public String username;

    public boolean chair;
    public LocalDateTime submittedAt;

    public TeamMemberDto() {}

    public TeamMemberDto(String username, boolean chair, LocalDateTime submittedAt) {
      this.username = username;
      this.chair = chair;
      this.submittedAt = submittedAt;
    }
  }

  @Schema(name = "AssessmentRequest")
  public static class AssessmentRequest {
    @NotNull public Long kampungKbId;
    @NotNull public Long instrumentId;

    @NotBlank
    @Size(max = 20)
    @Schema(example = "2020")
    public String period;

    @NotBlank
    @Schema(enumeration = {"REGENCY", "PROVINCE"})
    public String stage;

    @NotNull
    @Size(min = 1, max = 20)
    public List<@Valid TeamMemberDto> team;

    @Size(max = 10)
    public String paperReviewDate;

    @Size(max = 10)
    public String interviewDate;

    @Size(max = 10)
    public String fieldVisitDate;
  }

  @Schema(name = "ConsolidatedIndicator")
  public record ConsolidatedDto(
      String indicator,
      int weight,
      BigDecimal level,
      Integer consensusLevel,
      String consensusReason)
      implements Serializable {}

  @Schema(name = "Assessment")
  public record AssessmentDto(
      long id,
      long kampungKbId,
      String kampungKbName,
      String villageCode,
      long instrumentId,
      String instrument,
      String period,
      String stage,
      List<TeamMemberDto> team,
      LocalDate paperReviewDate,
      LocalDate interviewDate,
      LocalDate fieldVisitDate,
      String status,
      String statusReason,
      boolean allScoresSubmitted,
      List<ConsolidatedDto> consolidated,
      BigDecimal total,
      String category,
      long version)
      implements Serializable, VersionedDto {}

  /**
   * One change of an assessment's status, its time in Western Indonesia Time (WIB) as officials
   * read it; {@code from} is null for its creation.
   */
  @Schema(name = "AssessmentWorkflowStep")
  public record WorkflowStepDto(
      java.time.LocalDateTime at, String actor, String from, String to, String reason) {}

  @Schema(name = "ScoreRequest")
  public static class ScoreRequest {
    @NotBlank
    @Size(max = 20)
    public String indicator;

    @NotNull public Integer level;

    @Size(max = 1000)
    public String note;
  }

  @Schema(name = "Evidence")
  public record EvidenceDto(
      long id, String contentType, long size, String sha256, String caption) {}

  @Schema(name = "Score")
  public record ScoreDto(
      long id,
      String assessor,
      String indicator,
      int level,
      String note,
      LocalDateTime scoredAt,
      List<EvidenceDto> evidence) {}

  @Schema(name = "ConsensusRequest")
  public static class ConsensusRequest {
    @NotNull public Integer level;

    @NotBlank
    @Size(max = 500)
    public String reason;
  }

  @Schema(name = "Designation")
  public record DesignationDto(
      long id,
      long kampungKbId,
      String kampungKbName,
      String villageCode,
      long assessmentId,
      LocalDate validFrom,
      LocalDate validUntil) {}
}
