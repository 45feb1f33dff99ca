package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Filters of the intervention list; the region is narrowed to the caller's scope by the service.
 */
public record InterventionSearch(
    Optional<RegionCode> region,
    Optional<Long> kampungKbId,
    Optional<String> agencyCode,
    Optional<FamilyFunction> familyFunction,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    PageRequest page) {

  public InterventionSearch {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new InvalidInputException("to", "after-from", "to must not be before from");
    }
  }

  /** The search narrowed to the caller's visible area; empty: the whole country. */
  public InterventionSearch withRegion(Optional<RegionCode> narrowed) {
    return new InterventionSearch(
        narrowed, kampungKbId, agencyCode, familyFunction, from, to, page);
  }
}
