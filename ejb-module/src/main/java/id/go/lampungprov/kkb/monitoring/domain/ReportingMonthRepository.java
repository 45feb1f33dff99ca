package id.go.lampungprov.kkb.monitoring.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ReportingMonthRepository {

  Optional<ReportingMonth> find(RegionCode regency, YearMonth period);

  /**
   * As {@link #find}, holding the month's row until the transaction ends: an approval of it waits
   * for the caller to commit.
   */
  Optional<ReportingMonth> findHeld(RegionCode regency, YearMonth period);

  /**
   * The stored months of regencies under {@code prefix} (empty: all) from {@code from} to {@code
   * to}.
   */
  List<ReportingMonth> within(String prefix, YearMonth from, YearMonth to);

  /** The approved months among these regencies and periods (any pairing of the two). */
  List<ReportingMonth> approved(Collection<String> regencies, Collection<String> periods);

  void add(ReportingMonth month);

  void flush();
}
