package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.FiguresQuality;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbDataChanged;
import id.go.lampungprov.kkb.registration.domain.LockedPeriod;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.MonthlyFiguresRepository;
import id.go.lampungprov.kkb.registration.domain.QualityThresholds;
import id.go.lampungprov.kkb.registration.domain.QualityWarning;
import id.go.lampungprov.kkb.registration.domain.ReportingPeriodLocks;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PreconditionRequiredException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Monthly programme figures: one report per Kampung KB and month, replaced when corrected. */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class FiguresService {

  @Inject private MonthlyFiguresRepository figures;
  @Inject private Event<KampungKbDataChanged> changed;
  @EJB private KampungKbService registry;
  @Inject private ReportingPeriodLocks locks;

  private final Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));

  /**
   * Records or replaces the month's figures.
   *
   * @param expectedVersion the version the caller read; null replaces whatever is stored
   * @param onlyNew the caller sent no version at all (no If-Match): it may record a month not yet
   *     reported, but replacing a reported one needs the version read (428)
   */
  public ReportedFigures report(
      long kampungKbId, YearMonth period, Figures values, Long expectedVersion, boolean onlyNew) {
    KampungKb kkb = registry.writable(kampungKbId, null);
    if (period.isAfter(YearMonth.now(clock))) {
      throw new InvalidInputException(
          "period", "not-in-future", "figures cannot be reported for a future month");
    }
    if (period.isBefore(YearMonth.from(kkb.declarationDate()))) {
      throw new InvalidInputException(
          "period", "after-declaration", "the month lies before the Kampung KB was declared");
    }
    locks
        .lockForWriteOfVillage(kkb.village(), period)
        .ifPresent(
            lock -> {
              throw lock.refusal();
            });
    MonthlyFigures saved =
        figures
            .find(kkb, period)
            .map(
                existing -> {
                  if (onlyNew) {
                    throw new PreconditionRequiredException(
                        "the figures of "
                            + period
                            + " are already reported: send If-Match with their ETag to replace"
                            + " them");
                  }
                  if (expectedVersion != null && expectedVersion != existing.version()) {
                    throw new StaleVersionException(
                        "the figures of " + period + " changed since they were read");
                  }
                  existing.replace(values);
                  figures.flush();
                  return existing;
                })
            .orElseGet(
                () -> {
                  MonthlyFigures created = new MonthlyFigures(kkb, period, values, clock.instant());
                  figures.add(created);
                  return created;
                });
    changed.fire(new KampungKbDataChanged(kkb.id()));
    return new ReportedFigures(saved, warnings(kkb, period, values));
  }

  /** The quality warnings of a month's figures against the Kampung KB's months before it. */
  private List<QualityWarning> warnings(KampungKb kkb, YearMonth period, Figures values) {
    QualityThresholds thresholds = QualitySettings.thresholds();
    Map<YearMonth, Figures> earlier = new HashMap<>();
    figures
        .within(List.of(kkb.id()), period.minusMonths(thresholds.months()), period.minusMonths(1))
        .forEach(m -> earlier.put(m.period(), m.figures()));
    return FiguresQuality.check(period, values, earlier, thresholds);
  }

  /** Whether the month of this Kampung KB is approved and locked (the form shows it, disabled). */
  @RolesAllowed(Role.Names.STAFF)
  public Optional<LockedPeriod> lockOf(long kampungKbId, YearMonth period) {
    return locks.lockOfVillage(registry.get(kampungKbId).village(), period);
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<MonthlyFigures> history(long kampungKbId) {
    return figures.of(registry.get(kampungKbId));
  }
}
