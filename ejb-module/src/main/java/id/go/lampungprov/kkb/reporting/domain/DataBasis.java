package id.go.lampungprov.kkb.reporting.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which months of figures a recap's classes rest on, and whether the regency office (or the
 * province) had approved them: a figure is only worth what its month's approval is worth, so the
 * recap says it beside the figures instead of leaving the reader to guess.
 *
 * @param months newest first
 * @param withoutFigures active Kampung KB whose class rests on no month of figures (not classified,
 *     or classified before any figures were reported)
 */
public record DataBasis(List<Month> months, long withoutFigures) {

  public DataBasis {
    months = List.copyOf(months);
  }

  /**
   * One month of figures.
   *
   * @param kampungKb active Kampung KB whose current class used this month's figures
   * @param approved of those, the ones whose regency's month is approved (and so locked)
   */
  public record Month(YearMonth period, long kampungKb, long approved) {

    public boolean allApproved() {
      return approved == kampungKb;
    }
  }

  /** Every classified Kampung KB rests on an approved month. */
  public boolean allApproved() {
    return months.stream().allMatch(Month::allApproved);
  }

  /** A count of Kampung KB in one regency's month, as the grouped query answers it. */
  public record Count(String regency, YearMonth period, long kampungKb) {}

  /**
   * @param counts per regency and month; a null month counts Kampung KB without figures
   * @param approved the approved regency months, as {@code regency/yyyy-MM}
   */
  public static DataBasis of(List<Count> counts, Set<String> approved) {
    Map<YearMonth, long[]> byMonth = new TreeMap<>(Comparator.reverseOrder());
    long without = 0;
    for (Count c : counts) {
      if (c.period() == null) {
        without += c.kampungKb();
        continue;
      }
      long[] m = byMonth.computeIfAbsent(c.period(), p -> new long[2]);
      m[0] += c.kampungKb();
      if (approved.contains(c.regency() + "/" + c.period())) {
        m[1] += c.kampungKb();
      }
    }
    List<Month> months = new ArrayList<>();
    byMonth.forEach((p, m) -> months.add(new Month(p, m[0], m[1])));
    return new DataBasis(months, without);
  }
}
