package id.go.lampungprov.kkb.monitoring.infrastructure;

import id.go.lampungprov.kkb.monitoring.domain.ReportingMonth;
import id.go.lampungprov.kkb.monitoring.domain.ReportingMonthRepository;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.LockedPeriod;
import id.go.lampungprov.kkb.registration.domain.ReportingPeriodLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Optional;

/** Tells registration which months are locked: those a regency's approval locked. */
@ApplicationScoped
public class ApprovedPeriodLocks implements ReportingPeriodLocks {

  @Inject private ReportingMonthRepository months;

  @Override
  public Optional<LockedPeriod> lockOf(RegionCode regency, YearMonth period) {
    return months.find(regency, period).flatMap(ApprovedPeriodLocks::lock);
  }

  @Override
  public Optional<LockedPeriod> lockForWrite(RegionCode regency, YearMonth period) {
    return months.findHeld(regency, period).flatMap(ApprovedPeriodLocks::lock);
  }

  private static Optional<LockedPeriod> lock(ReportingMonth m) {
    return m.locked()
        ? Optional.of(
            new LockedPeriod(
                m.regency(),
                m.period(),
                m.approvedBy().orElseThrow(),
                m.approvedAt().orElseThrow()))
        : Optional.empty();
  }
}
