package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/**
 * Where a coaching event stands and the rules of its transitions: planned, held once it has
 * started, reported (frozen) once its minutes are recorded, reopened by a province officer with a
 * reason, or cancelled while planned. Kept apart from the event's facts, which it guards.
 */
@Embeddable
public class EventLifecycle {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventStatus status;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  protected EventLifecycle() {
    // for JPA
  }

  static EventLifecycle planned() {
    EventLifecycle l = new EventLifecycle();
    l.status = EventStatus.PLANNED;
    return l;
  }

  EventStatus status() {
    return status;
  }

  String reason() {
    return statusReason;
  }

  void markHeld(LocalDateTime now, LocalDateTime startsAt) {
    requireStatus(EventStatus.PLANNED, "only a planned event can be marked as held");
    if (now.isBefore(startsAt)) {
      throw new ConflictException("status", "not-started", "the event has not started yet");
    }
    status = EventStatus.HELD;
  }

  void markReported(boolean minutesRecorded) {
    requireStatus(EventStatus.HELD, "only a held event can be reported");
    if (!minutesRecorded) {
      throw new InvalidInputException("minutes", "required", "record the minutes before reporting");
    }
    status = EventStatus.REPORTED;
    statusReason = null;
  }

  void cancel(String reason) {
    requireStatus(EventStatus.PLANNED, "only a planned event can be cancelled");
    statusReason = EventDetails.text("reason", reason, 500, true);
    status = EventStatus.CANCELLED;
  }

  /** Unfreezes a reported event; the reason stays on the record and in the audit trail. */
  void reopen(String reason) {
    requireStatus(EventStatus.REPORTED, "only a reported event can be reopened");
    statusReason = EventDetails.text("reason", reason, 500, true);
    status = EventStatus.HELD;
  }

  /** Attendance can be recorded on the day and afterwards, never for a cancelled event. */
  void requireAttendanceOpen() {
    if (status == EventStatus.CANCELLED) {
      throw new ConflictException("status", "cancelled", "the event was cancelled");
    }
    requireEditable();
  }

  /** The event's content may change: it is neither reported nor cancelled. */
  void requireEditable() {
    if (status == EventStatus.REPORTED) {
      throw new ConflictException(
          "status", "frozen", "the event is reported; a province officer must reopen it first");
    }
    if (status == EventStatus.CANCELLED) {
      throw new ConflictException("status", "cancelled", "the event was cancelled");
    }
  }

  private void requireStatus(EventStatus expected, String message) {
    if (status != expected) {
      throw new ConflictException("status", "status-" + status.name().toLowerCase(), message);
    }
  }
}
