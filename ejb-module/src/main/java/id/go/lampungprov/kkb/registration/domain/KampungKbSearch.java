package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Filters of the registry list. {@code region} is intersected with the caller's scope by the
 * service, never trusted alone.
 */
public record KampungKbSearch(
    Optional<RegionCode> region,
    String text,
    Optional<KampungKbStatus> status,
    Optional<ModelStatus> model,
    Optional<LocalDate> declaredFrom,
    Optional<LocalDate> declaredTo,
    PageRequest page) {

  public KampungKbSearch {
    text = text == null ? "" : text.strip();
    if (text.length() > 100) {
      throw new InvalidInputException("q", "max-length", "q must be at most 100 characters");
    }
    if (declaredFrom.isPresent()
        && declaredTo.isPresent()
        && declaredTo.get().isBefore(declaredFrom.get())) {
      throw new InvalidInputException(
          "declaredTo", "after-from", "declaredTo must not be before declaredFrom");
    }
  }

  /** The search narrowed to the caller's visible area; empty: the whole country. */
  public KampungKbSearch withRegion(Optional<RegionCode> narrowed) {
    return new KampungKbSearch(narrowed, text, status, model, declaredFrom, declaredTo, page);
  }
}
