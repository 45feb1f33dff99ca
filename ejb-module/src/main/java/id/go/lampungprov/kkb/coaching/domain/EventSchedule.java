package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * When and where a coaching event takes place: Asia/Jakarta wall-clock times as printed on
 * invitations, the venue and its village, which places the event in a region (who sees it, whose
 * recap counts it). Checked as part of {@link EventDetails}; immutable, replaced on a change.
 */
@Embeddable
public class EventSchedule {

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(nullable = false, length = 200)
  private String venue;

  @Column(name = "venue_village", nullable = false, length = 13)
  private String venueVillage;

  protected EventSchedule() {
    // for JPA
  }

  private EventSchedule(EventDetails d) {
    this.startsAt = d.startsAt();
    this.endsAt = d.endsAt();
    this.venue = d.venue();
    this.venueVillage = d.venueVillage().value();
  }

  static EventSchedule of(EventDetails details) {
    return new EventSchedule(details);
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public LocalDateTime endsAt() {
    return endsAt;
  }

  public String venue() {
    return venue;
  }

  public RegionCode venueVillage() {
    return RegionCode.of(venueVillage);
  }
}
