package id.go.lampungprov.kkb.monitoring.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

public interface ReportingMonthRepository {

  Optional<ReportingMonth> find(RegionCode regency, YearMonth period);

  /**
   * The stored months of regencies under {@code prefix} (empty: all) from {@code from} to {@code
   * to}.
   */
  List<ReportingMonth> within(String prefix, YearMonth from, YearMonth to);

  void add(ReportingMonth month);

  void flush();
}
