package id.go.lampungprov.kkb.monitoring.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The counts behind the reporting rates, made by the database (the registry may hold 20,000 Kampung
 * KB): no scope check here, callers pass the area they may see. The reminders use it with an area
 * of their own.
 */
public interface ReportingRates {

  /**
   * The month's rates of every area under {@code prefix} (empty: all), grouped by the first {@code
   * groupLength} characters of the village code (2 a province, 5 a regency, 8 a district, 13 a
   * village); areas with nothing expected are left out.
   *
   * @param lateFrom the first instant a month's figures count as late
   */
  List<ReportingRate> rates(String prefix, int groupLength, YearMonth period, Instant lateFrom);

  /** Expected Kampung KB under {@code prefix} without figures for the month, by village code. */
  List<MissingReport> missing(String prefix, YearMonth period, int offset, int limit);

  /** How many {@link #missing} lists in all. */
  long countMissing(String prefix, YearMonth period);
}
