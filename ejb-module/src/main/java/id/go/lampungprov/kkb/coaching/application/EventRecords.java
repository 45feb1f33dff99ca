package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The records of an event (participants, follow-ups, photos), looked up under the event. */
final class EventRecords {

  private EventRecords() {}

  /**
   * The record found by its own id if it belongs to {@code event}; one of another event is not
   * found, so an event's address (and the scope check made on it) never reaches another event's
   * records.
   */
  static <T> T of(
      CoachingEvent event,
      Optional<T> found,
      Function<T, CoachingEvent> eventOf,
      String entity,
      long id) {
    return found
        .filter(r -> Objects.equals(eventOf.apply(r).id(), event.id()))
        .orElseThrow(() -> new EntityNotFoundException(entity, String.valueOf(id)));
  }
}
