package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.util.Optional;

/**
 * Filters of the person list. {@code region} (where the person lives) is intersected with the
 * caller's scope by the service, never trusted alone. There is no NIK filter: the NIK is stored
 * only encrypted (no part of it can be searched), and a full NIK in a query string would land in
 * access logs and browser histories.
 *
 * @param text part of the name, any case
 * @param pokjaRole persons holding this role in a Pokja now (a term not ended)
 */
public record PersonSearch(
    Optional<RegionCode> region, String text, Optional<PokjaRole> pokjaRole, PageRequest page) {

  public PersonSearch {
    text = text == null ? "" : text.strip();
    if (text.length() > 100) {
      throw new InvalidInputException("q", "max-length", "q must be at most 100 characters");
    }
  }

  /** The search narrowed to the caller's visible area; empty: the whole country. */
  public PersonSearch withRegion(Optional<RegionCode> narrowed) {
    return new PersonSearch(narrowed, text, pokjaRole, page);
  }
}
