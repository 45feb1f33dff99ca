package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.LocalDate;

/** A term of office: from a start date, open-ended until an end date is set. */
public record Term(LocalDate start, LocalDate end) {

  public Term {
    if (start == null) {
      throw new InvalidInputException("termStart", "required", "the start of the term is required");
    }
    if (end != null && end.isBefore(start)) {
      throw new InvalidInputException(
          "termEnd", "after-start", "the term cannot end before it starts");
    }
  }

  public boolean isOpen() {
    return end == null;
  }

  public boolean overlaps(Term other) {
    boolean startsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
    boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }
}
