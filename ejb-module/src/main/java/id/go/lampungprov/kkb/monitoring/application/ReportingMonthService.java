package id.go.lampungprov.kkb.monitoring.application;

import id.go.lampungprov.kkb.monitoring.domain.ReportingMonth;
import id.go.lampungprov.kkb.monitoring.domain.ReportingMonthRepository;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.security.application.CurrentUser;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A regency's month of figures: submitted by a regency operator, approved by another account of the
 * regency office or by the province (which locks the month's figures), reopened only by a province
 * officer with a reason. The transitions' rules live in {@link ReportingMonth}; the scope is
 * checked here, through {@code ScopeGuard}.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class ReportingMonthService {

  static final String ENTITY = "ReportingMonth";

  @Inject private ReportingMonthRepository months;
  @Inject private ScopeGuard scopeGuard;
  @Inject private CurrentUser currentUser;
  @Inject private RegionService regions;

  private final Clock clock = Clock.system(ReportingClock.ZONE);

  /** The month as stored, or a new open one (version 0) when nobody has submitted it yet. */
  @RolesAllowed(Role.Names.STAFF)
  public ReportingMonth get(RegionCode regency, YearMonth period) {
    requireRegency(regency);
    scopeGuard.checkRead(regency, ENTITY, regency.value() + "/" + period);
    return months.find(regency, period).orElseGet(() -> new ReportingMonth(regency, period));
  }

  /** The stored months of the regencies in the area, {@code from} to {@code to}. */
  @RolesAllowed(Role.Names.STAFF)
  public List<ReportingMonth> within(Scope area, YearMonth from, YearMonth to) {
    scopeGuard.checkReadArea(area);
    return months.within(area.prefix(), from, to);
  }

  /**
   * Which months of figures a result used were approved: of these Kampung KB villages and months,
   * the pairs ({@code village/yyyy-MM}) whose regency's month is approved. Villages the caller's
   * scope does not cover are left out (answered as not approved).
   */
  @RolesAllowed(Role.Names.STAFF)
  public Set<String> approvedFor(Collection<RegionCode> villages, Collection<YearMonth> periods) {
    Scope scope = scopeGuard.scope();
    Set<RegionCode> regencies = new HashSet<>();
    for (RegionCode village : villages) {
      if (scope.covers(village)) {
        village.at(RegionLevel.REGENCY).ifPresent(regencies::add);
      }
    }
    Set<String> approved = approvedMonths(regencies, periods);
    Set<String> pairs = new HashSet<>();
    for (RegionCode village : villages) {
      for (YearMonth period : periods) {
        village
            .at(RegionLevel.REGENCY)
            .filter(r -> scope.covers(village) && approved.contains(r.value() + "/" + period))
            .ifPresent(r -> pairs.add(village.value() + "/" + period));
      }
    }
    return pairs;
  }

  /**
   * Of these regencies' months, the approved ones ({@code regency/yyyy-MM}), in one query.
   * Regencies the caller's scope does not cover are left out (answered as not approved).
   */
  @RolesAllowed(Role.Names.STAFF)
  public Set<String> approvedMonths(
      Collection<RegionCode> regencies, Collection<YearMonth> periods) {
    Scope scope = scopeGuard.scope();
    List<String> covered =
        regencies.stream()
            .filter(r -> r.level() == RegionLevel.REGENCY && scope.covers(r))
            .map(RegionCode::value)
            .distinct()
            .toList();
    Set<String> approved = new HashSet<>();
    months
        .approved(covered, periods.stream().map(YearMonth::toString).distinct().toList())
        .forEach(m -> approved.add(m.regency().value() + "/" + m.period()));
    return approved;
  }

  /** The regency office hands in a month that is over. */
  public ReportingMonth submit(RegionCode regency, YearMonth period, Long expectedVersion) {
    ReportingMonth month = writable(regency, period, expectedVersion);
    if (!period.isBefore(YearMonth.now(clock))) {
      throw new InvalidInputException(
          "period", "month-not-over", "a month can be submitted once it is over: " + period);
    }
    month.submit(currentUser.username(), clock.instant());
    months.flush();
    return month;
  }

  /**
   * Approves a submitted month, locking its figures: a regency operator other than the submitter,
   * or a province officer.
   */
  public ReportingMonth approve(RegionCode regency, YearMonth period, Long expectedVersion) {
    ReportingMonth month = writable(regency, period, expectedVersion);
    boolean byProvince = currentUser.snapshot().role() == Role.PROVINCE_OFFICER;
    month.approve(currentUser.username(), byProvince, clock.instant());
    months.flush();
    return month;
  }

  /** Takes a submitted or approved month back to open, with the reason (audited). */
  @RolesAllowed(Role.Names.PROVINCE_OFFICER)
  public ReportingMonth reopen(
      RegionCode regency, YearMonth period, Long expectedVersion, String reason) {
    ReportingMonth month = writable(regency, period, expectedVersion);
    month.reopen(currentUser.username(), reason, clock.instant());
    months.flush();
    return month;
  }

  /** The month to change: in the caller's scope, at the version they read, stored from now on. */
  private ReportingMonth writable(RegionCode regency, YearMonth period, Long expectedVersion) {
    requireRegency(regency);
    scopeGuard.checkWrite(regency);
    Optional<ReportingMonth> stored = months.find(regency, period);
    long read = stored.map(ReportingMonth::version).orElse(0L);
    if (expectedVersion != null && expectedVersion != read) {
      throw new StaleVersionException(
          "the month " + period + " of " + regency.value() + " changed since it was read");
    }
    return stored.orElseGet(
        () -> {
          // A month nobody has handed in yet (read as version 0) is stored from its first step.
          ReportingMonth created = new ReportingMonth(regency, period);
          months.add(created);
          return created;
        });
  }

  /** A regency that exists (404 otherwise); any other level is refused (400). */
  private void requireRegency(RegionCode regency) {
    if (regency.level() != RegionLevel.REGENCY) {
      throw new InvalidInputException(
          "regency", "regency-level", "a reporting month belongs to a regency/city (e.g. 18.07)");
    }
    regions.getRegion(regency);
  }
}
