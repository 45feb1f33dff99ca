package id.go.lampungprov.kkb.region.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.util.Optional;

/**
 * A name search, optionally limited to the descendants of one region and to one level.
 *
 * @param text part of the name, case-insensitive; empty lists everything within {@code within}
 */
public record RegionSearch(
    String text, Optional<RegionCode> within, Optional<RegionLevel> level, PageRequest page) {

  public static final int MAX_TEXT_LENGTH = 100;

  public RegionSearch {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException(
          "q", "max-length", "q must be at most " + MAX_TEXT_LENGTH + " characters");
    }
    if (text.isEmpty() && within.isEmpty()) {
      throw new InvalidInputException(
          "q", "required", "give q (part of a name) or within (a region code), or both");
    }
  }
}
