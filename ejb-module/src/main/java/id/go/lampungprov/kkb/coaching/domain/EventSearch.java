package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

/** Filters of the event list; the region (of the venue) is narrowed to the caller's scope. */
public record EventSearch(
    Optional<RegionCode> region,
    Optional<EventType> type,
    Optional<EventStatus> status,
    Optional<Long> kampungKbId,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    PageRequest page) {

  public EventSearch {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new InvalidInputException("to", "after-from", "to must not be before from");
    }
  }

  /** The search narrowed to the caller's visible area; empty: the whole country. */
  public EventSearch withRegion(Optional<RegionCode> narrowed) {
    return new EventSearch(narrowed, type, status, kampungKbId, from, to, page);
  }
}
