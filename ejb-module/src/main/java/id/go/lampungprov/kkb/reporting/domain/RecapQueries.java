package id.go.lampungprov.kkb.reporting.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * Counts per sub-region of an area, each keyed by the first {@code prefix} characters of the region
 * code (5 for regencies, 8 for districts).
 */
public interface RecapQueries {

  Map<String, Long> villages(String area, int prefix);

  /** COE designations valid on the day. */
  Map<String, Long> coeDesignations(String area, int prefix, LocalDate day);

  /** Events held (or reported) in the period, and the participants present at them. */
  Map<String, long[]> eventsAndParticipants(
      String area, int prefix, LocalDate from, LocalDate toExclusive);
}
