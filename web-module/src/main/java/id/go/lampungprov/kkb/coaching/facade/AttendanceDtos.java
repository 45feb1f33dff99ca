package id.go.lampungprov.kkb.coaching.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event's participants in requests and answers: invitations, attendance, its totals and the
 * check-in link; what {@link AttendanceFacade} takes and gives, apart from the event itself.
 */
public final class AttendanceDtos {

  private AttendanceDtos() {}

  @Schema(name = "ParticipantRequest")
  public static class ParticipantRequest {
    @Schema(description = "a person of the registry; or give fullName, sex and phone instead")
    public Long personId;

    @Size(max = 120)
    public String fullName;

    @Schema(enumeration = {"MALE", "FEMALE"})
    public String sex;

    @Size(max = 20)
    public String phone;

    @NotBlank
    @Schema(enumeration = {"CADRE", "POKJA", "OFFICIAL", "RESOURCE_PERSON", "OTHER"})
    public String category;

    @Size(max = 200)
    public String affiliation;
  }

  @Schema(name = "RegistryInvitationRequest")
  public static class RegistryInvitationRequest {
    @NotNull public Long kampungKbId;
  }

  @Schema(name = "AttendanceRequest")
  public static class AttendanceRequest {
    @NotBlank
    @Schema(enumeration = {"PRESENT", "ABSENT", "EXCUSED", "NOT_RECORDED"})
    public String attendance;
  }

  @Schema(name = "Participant")
  public record ParticipantDto(
      long id,
      Long personId,
      String fullName,
      String sex,
      String phone,
      String category,
      String affiliation,
      String attendance,
      LocalDateTime checkedInAt,
      String checkInChannel,
      @Schema(
              description =
                  "personal six-digit check-in code, shown to staff who take attendance for invitees"
                      + " without a mobile number of their own (none, or shared with another"
                      + " invitee); null otherwise")
          String checkInCode) {}

  @Schema(name = "Count")
  public record CountDto(int invited, int present) {}

  @Schema(name = "AttendanceTotals")
  public record TotalsDto(
      int invited,
      int present,
      int absent,
      int excused,
      int notRecorded,
      Map<String, CountDto> byCategory,
      Map<String, CountDto> bySex) {}

  @Schema(name = "CheckInLink")
  public record CheckInLinkDto(
      String url,
      @Schema(description = "from when the link works: a set time before the event starts")
          Instant opensAt,
      @Schema(description = "until when the link works: the event's end, or the end of its day")
          Instant expiresAt) {}
}
