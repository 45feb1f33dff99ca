package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Whether a regency's month of figures is locked. The reporting cycle ({@code monitoring}) builds
 * on the registry and decides when a month is approved, so registration cannot ask it without a
 * cycle: monitoring answers through this interface ({@code
 * monitoring.infrastructure.ApprovedPeriodLocks}), as security answers the audit trail through
 * {@code audit.application.ReaderScope}. Figures are written only where this is asked (the form,
 * the API, the import).
 */
public interface ReportingPeriodLocks {

  /** The lock of {@code period} in the regency (a regency-level code), empty while it is open. */
  Optional<LockedPeriod> lockOf(RegionCode regency, YearMonth period);

  /** The lock of the month for the regency a village lies in. */
  default Optional<LockedPeriod> lockOfVillage(RegionCode village, YearMonth period) {
    return village.at(RegionLevel.REGENCY).flatMap(regency -> lockOf(regency, period));
  }

  /**
   * As {@link #lockOf}, for a write of the month's figures: an open month stays open until the
   * caller's transaction ends (an approval at the same instant waits for it), so no figure slips
   * into a month as it is approved. A month nobody has submitted yet has nothing to hold; it cannot
   * be approved before it is submitted, which takes longer than a write.
   */
  Optional<LockedPeriod> lockForWrite(RegionCode regency, YearMonth period);

  /** {@link #lockForWrite} for the regency a village lies in. */
  default Optional<LockedPeriod> lockForWriteOfVillage(RegionCode village, YearMonth period) {
    return village.at(RegionLevel.REGENCY).flatMap(regency -> lockForWrite(regency, period));
  }
}
