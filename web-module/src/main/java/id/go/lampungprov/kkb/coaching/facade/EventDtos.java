package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.platform.facade.VersionedDto;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.AgencyDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Coaching events in requests and answers. */
public final class EventDtos {

  private EventDtos() {}

  @Schema(name = "EventRequest")
  public static class EventRequest {
    @NotBlank
    @Schema(
        enumeration = {
          "COE_COACHING",
          "DEVELOPMENT",
          "SOCIALISATION",
          "MONITORING_EVALUATION",
          "TRAINING",
          "OTHER"
        })
    public String type;

    @NotBlank
    @Size(max = 300)
    public String title;

    @NotNull public Long leadAgencyId;

    @Size(max = 20)
    public List<Long> coOrganiserIds;

    @Schema(description = "Asia/Jakarta local time, yyyy-mm-ddThh:mm", example = "2020-06-05T09:00")
    @NotBlank
    @Size(max = 19)
    public String startsAt;

    @Schema(description = "Asia/Jakarta local time, after startsAt", example = "2020-06-05T12:30")
    @NotBlank
    @Size(max = 19)
    public String endsAt;

    @NotBlank
    @Size(max = 200)
    public String venue;

    @Schema(description = "the venue's village code", example = "18.07.04.2003")
    @NotBlank
    @Size(max = 20)
    public String venueVillage;

    @NotNull
    @Size(min = 1, max = 100)
    public List<Long> targetKampungKbIds;

    @Size(max = 100)
    public String budgetSource;

    @NotNull public Integer quota;

    @Size(max = 2000)
    public String healthProtocol;
  }

  @Schema(name = "AgendaItem")
  public static class AgendaItemDto implements Serializable {
    private static final long serialVersionUID = 1L;

    @Schema(example = "09:00")
    @NotBlank
    @Size(max = 5)
    public String time;

    @NotBlank
    @Size(max = 300)
    public String topic;

    @Size(max = 200)
    public String speaker;

    public AgendaItemDto() {}

    public AgendaItemDto(String time, String topic, String speaker) {
      this.time = time;
      this.topic = topic;
      this.speaker = speaker;
    }
  }

  @Schema(name = "Official")
  public static class OfficialDto implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 120)
    public String fullName;

    @NotBlank
    @Size(max = 200)
    public String position;

    @Size(max = 200)
    public String agency;

    @Schema(description = "18 digits, for civil servants")
    @Size(max = 25)
    public String nip;

    @NotBlank
    @Schema(enumeration = {"OPENING_SPEECH", "SPEAKER", "GUEST"})
    public String role;

    public OfficialDto() {}

    public OfficialDto(String fullName, String position, String agency, String nip, String role) {
      this.fullName = fullName;
      this.position = position;
      this.agency = agency;
      this.nip = nip;
      this.role = role;
    }
  }

  @Schema(name = "EventListRequest")
  public static class AgendaRequest {
    @NotNull
    @Size(max = 50)
    public List<@Valid AgendaItemDto> agenda;
  }

  @Schema(name = "OfficialsRequest")
  public static class OfficialsRequest {
    @NotNull
    @Size(max = 50)
    public List<@Valid OfficialDto> officials;
  }

  @Schema(name = "MinutesRequest")
  public static class MinutesRequest {
    @NotBlank
    @Size(max = 120)
    public String chair;

    @NotBlank
    @Size(max = 120)
    public String minuteTaker;

    @NotBlank
    @Size(max = 8000)
    public String discussion;

    @NotBlank
    @Size(max = 4000)
    public String decisions;

    @Size(max = 4000)
    public String outcome;
  }

  @Schema(name = "Minutes")
  public record MinutesDto(String chair, String minuteTaker, String discussion, String decisions)
      implements Serializable {}

  @Schema(name = "ReasonRequest")
  public static class ReasonRequest {
    @NotBlank
    @Size(max = 500)
    public String reason;
  }

  @Schema(name = "Event")
  public record EventDto(
      long id,
      String type,
      String title,
      AgencyDto leadAgency,
      List<AgencyDto> coOrganisers,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      @Schema(description = "the date as printed, weekday computed", example = "Jumat, 5 Juni 2020")
          String dateText,
      String weekday,
      String venue,
      String venueVillage,
      List<Long> targetKampungKbIds,
      String budgetSource,
      int quota,
      String healthProtocol,
      List<AgendaItemDto> agenda,
      List<OfficialDto> officials,
      MinutesDto minutes,
      String outcome,
      ReportDrafts.ReportDraftDto reportDraft,
      String status,
      String statusReason,
      int participantCount,
      long version)
      implements Serializable, VersionedDto {}

  @Schema(name = "FollowUpRequest")
  public static class FollowUpRequest {
    @NotBlank
    @Size(max = 500)
    public String action;

    @NotBlank
    @Size(max = 200)
    public String owner;

    @NotBlank
    @Size(max = 10)
    public String dueDate;
  }

  @Schema(name = "FollowUpStatusRequest")
  public static class FollowUpStatusRequest {
    @NotBlank
    @Schema(enumeration = {"OPEN", "DONE", "DROPPED"})
    public String status;
  }

  @Schema(name = "FollowUp")
  public record FollowUpDto(
      long id,
      long eventId,
      String eventTitle,
      String action,
      String owner,
      LocalDate dueDate,
      String status,
      LocalDate closedOn,
      boolean overdue,
      long version)
      implements VersionedDto {}

  @Schema(name = "EventPhoto")
  public record PhotoDto(
      long id, String contentType, long size, Integer width, Integer height, String caption) {}
}
