package id.go.lampungprov.kkb.monitoring.application;

import id.go.lampungprov.kkb.monitoring.domain.InpresCatalogue;
import id.go.lampungprov.kkb.monitoring.domain.InpresCounts;
import id.go.lampungprov.kkb.monitoring.domain.InpresCounts.Level;
import id.go.lampungprov.kkb.monitoring.domain.InpresRecap;
import id.go.lampungprov.kkb.monitoring.domain.InpresRepository;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The interventions of a year per Inpres target, programme and activity and per area one level
 * below the one asked (a province's regencies, a regency's districts), within the caller's scope,
 * counted in SQL ({@link InpresCounts}).
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class InpresRecapService {

  /** The first year Kampung KB were declared; no intervention lies before it. */
  static final int FIRST_YEAR = 2016;

  @Inject private InpresRepository inpres;
  @Inject private InpresCounts counts;
  @Inject private ScopeGuard scopeGuard;
  @Inject private RegionService regions;

  private final Clock clock = Clock.system(ReportingClock.ZONE);

  /** The year the recap shows by default: this one. */
  @RolesAllowed(Role.Names.STAFF)
  public int currentYear() {
    return LocalDate.now(clock).getYear();
  }

  /**
   * @param region the area (the caller's scope when empty); outside the scope it is not found
   */
  @RolesAllowed(Role.Names.STAFF)
  public InpresRecap recap(Optional<RegionCode> region, int year) {
    if (year < FIRST_YEAR || year > currentYear()) {
      throw new InvalidInputException(
          "year", "programme-years", "year must lie between 2016 and " + currentYear());
    }
    Scope area =
        scopeGuard
            .visibleArea(region)
            .orElseThrow(() -> new EntityNotFoundException("Region", region.orElseThrow().value()));
    int groupLength = ReportingRateService.groupLength(area);
    InpresCatalogue catalogue = inpres.current();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate until = from.plusYears(1);
    InpresRecap.Counts found = new InpresRecap.Counts();
    for (Level level : Level.values()) {
      found.add(
          level, counts.count(catalogue.id(), level, area.prefix(), groupLength, from, until));
    }
    return InpresRecap.of(
        catalogue, new InpresRecap.Area(area.code(), areaName(area)), year, columns(area), found);
  }

  /** The areas one level below: every one, so a column of zeros shows where nothing was tagged. */
  private List<InpresRecap.Area> columns(Scope area) {
    List<Region> below;
    if (area.region().isEmpty()) {
      below = regions.getProvinces();
    } else {
      RegionCode r = area.region().get();
      below =
          r.level() == RegionLevel.VILLAGE ? List.of(regions.getRegion(r)) : regions.getChildren(r);
    }
    return below.stream().map(r -> new InpresRecap.Area(r.code().value(), r.name())).toList();
  }

  private String areaName(Scope area) {
    return area.region().map(r -> regions.getRegion(r).name()).orElse("Indonesia");
  }
}
