package id.go.lampungprov.kkb.monitoring.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The interventions tagged to a catalogue's activities, counted by the database, grouped by area
 * and by target, programme or activity.
 */
public interface InpresCounts {

  /** What a count is grouped by besides the area. */
  enum Level {
    /** One count per area over every tagged intervention. */
    ALL,
    TARGET,
    PROGRAMME,
    ACTIVITY
  }

  /**
   * One group: the area (its code, {@code groupLength} long), the catalogue code it counts (empty
   * for {@link Level#ALL}), the interventions tagged to it and the Kampung KB they were in, each
   * counted once.
   */
  record Count(String area, String code, long interventions, long kampungKb) {}

  /**
   * @param prefix the area's code prefix (empty for the country)
   * @param groupLength the length of the area codes grouped by: 2, 5, 8 or 13
   * @param from the first intervention day counted
   * @param until the day after the last one counted
   */
  List<Count> count(
      long catalogueId,
      Level level,
      String prefix,
      int groupLength,
      LocalDate from,
      LocalDate until);
}
