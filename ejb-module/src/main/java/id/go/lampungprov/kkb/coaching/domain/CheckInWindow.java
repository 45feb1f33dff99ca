package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.ConflictException;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * When an event's check-in link works: from a set time before the event starts until it ends (its
 * end time, or the end of its day when it has none), in Jakarta time. Worked out from the event's
 * current times at each use, so moving the event moves the window with it.
 */
public record CheckInWindow(LocalDateTime opensAt, LocalDateTime closesAt) {

  /** Who asks before it opens. */
  public static final String NOT_YET_OPEN = "not-yet-open";

  /** Who asks after it closed. */
  public static final String CLOSED = "closed";

  public static CheckInWindow of(CoachingEvent event, Duration opensBefore) {
    return of(event.schedule().startsAt(), event.schedule().endsAt(), opensBefore);
  }

  public static CheckInWindow of(
      LocalDateTime startsAt, LocalDateTime endsAt, Duration opensBefore) {
    LocalDateTime closes =
        endsAt != null ? endsAt : startsAt.toLocalDate().plusDays(1).atStartOfDay();
    return new CheckInWindow(startsAt.minus(opensBefore), closes);
  }

  /** {@code null} while the link works, else {@link #NOT_YET_OPEN} or {@link #CLOSED}. */
  public String refusal(LocalDateTime now) {
    if (now.isBefore(opensAt)) {
      return NOT_YET_OPEN;
    }
    return now.isBefore(closesAt) ? null : CLOSED;
  }

  /**
   * @throws ConflictException rule {@code not-yet-open} or {@code closed} outside the window
   */
  public void require(LocalDateTime now) {
    String refusal = refusal(now);
    if (NOT_YET_OPEN.equals(refusal)) {
      throw new ConflictException(
          "token",
          NOT_YET_OPEN,
          "check-in for this event opens at "
              + opensAt
              + " (Jakarta time); scan the QR code again then");
    }
    if (CLOSED.equals(refusal)) {
      throw new ConflictException(
          "token", CLOSED, "check-in for this event closed at " + closesAt + " (Jakarta time)");
    }
  }
}
