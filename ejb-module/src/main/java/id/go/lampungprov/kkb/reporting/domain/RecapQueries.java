package id.go.lampungprov.kkb.reporting.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * Counts per sub-region of an area, each keyed by the first {@code prefix} characters of the region
 * code (2 for provinces, 5 for regencies, 8 for districts). One grouped query per method. The area
 * is a region code, or the empty string for every region loaded (the country).
 */
public interface RecapQueries {

  Map<String, Long> villages(String area, int prefix);

  /** COE designations valid on the day. */
  Map<String, Long> coeDesignations(String area, int prefix, LocalDate day);

  /** Events held (or reported) in the period, and the participants present at them. */
  Map<String, long[]> eventsAndParticipants(
      String area, int prefix, LocalDate from, LocalDate toExclusive);
}
