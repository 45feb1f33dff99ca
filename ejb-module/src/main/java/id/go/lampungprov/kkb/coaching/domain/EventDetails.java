package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What staff type when planning an event, checked as a whole: times in Asia/Jakarta local time, the
 * end after the start, a venue village, at least one target Kampung KB.
 */
public record EventDetails(
    EventType type,
    String title,
    Agency leadAgency,
    List<Agency> coOrganisers,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String venue,
    RegionCode venueVillage,
    List<KampungKb> targets,
    String budgetSource,
    int quota,
    String healthProtocol) {

  public static final int MAX_QUOTA = 1000;

  public EventDetails {
    if (type == null) {
      throw new InvalidInputException("type", "required", "the event type is required");
    }
    title = text("title", title, 300, true);
    if (leadAgency == null) {
      throw new InvalidInputException("leadAgencyId", "required", "the lead organiser is required");
    }
    coOrganisers =
        coOrganisers == null
            ? List.of()
            : coOrganisers.stream().filter(a -> !a.equals(leadAgency)).distinct().toList();
    if (startsAt == null) {
      throw new InvalidInputException("startsAt", "required", "the start is required");
    }
    if (endsAt == null) {
      throw new InvalidInputException("endsAt", "required", "the end is required");
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new InvalidInputException(
          "endsAt", "after-start", "the event must end after it starts");
    }
    venue = text("venue", venue, 200, true);
    if (venueVillage == null || venueVillage.level() != RegionLevel.VILLAGE) {
      throw new InvalidInputException(
          "venueVillage", "village-level", "the venue's village code is required");
    }
    if (targets == null || targets.isEmpty()) {
      throw new InvalidInputException(
          "targetKampungKbIds", "required", "name at least one target Kampung KB");
    }
    targets = targets.stream().distinct().toList();
    budgetSource = text("budgetSource", budgetSource, 100, false);
    if (quota < 1 || quota > MAX_QUOTA) {
      throw new InvalidInputException(
          "quota", "range", "quota: 1 to " + MAX_QUOTA + " participants");
    }
    healthProtocol = text("healthProtocol", healthProtocol, 2000, false);
  }

  static String text(String field, String value, int max, boolean required) {
    return required ? Texts.required(field, value, max) : Texts.optional(field, value, max);
  }
}
