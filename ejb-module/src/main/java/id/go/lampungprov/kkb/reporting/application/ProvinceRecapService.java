package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.assessment.domain.ClassificationRepository;
import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.monitoring.application.ReportingMonthService;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reporting.domain.DataBasis;
import id.go.lampungprov.kkb.reporting.domain.RecapAssembly;
import id.go.lampungprov.kkb.reporting.domain.RecapQueries;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers the recap of an area: a province (one line per regency) or a regency (one line per
 * district), optionally with a page per regency; for administrators also the country (one line per
 * province loaded). One grouped query per figure for the whole document, so the cost does not grow
 * with the number of regions or pages.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ProvinceRecapService {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Inject private KampungKbRepository registry;
  @Inject private ClassificationRepository classifications;
  @Inject private RecapQueries queries;
  @Inject private ScopeGuard scopeGuard;
  @EJB private RegionService regions;
  @EJB private ReportingMonthService reportingMonths;

  /**
   * @param year counts new Kampung KB and events of this year; the other counts hold at its end, or
   *     today for the current year
   */
  public AreaRecap recap(RegionCode area, int year) {
    return recaps(area, year, false).get(0);
  }

  /**
   * The recaps of a requested area: the country for the national scope (with {@code perRegency} a
   * page per province), else a province or regency as below. The country is refused (403) to every
   * caller whose scope does not cover it.
   */
  public List<AreaRecap> recaps(Scope area, int year, boolean perRegency) {
    if (area.region().isPresent()) {
      return recaps(area.region().get(), year, perRegency);
    }
    scopeGuard.checkReadArea(area);
    return country(year, perRegency);
  }

  /**
   * The recap of the area, followed, for a province with {@code perRegency}, by the recap of each
   * of its regencies.
   */
  public List<AreaRecap> recaps(RegionCode area, int year, boolean perRegency) {
    LocalDate asOf = readable(area, year);
    Region region = regions.getRegion(area);
    boolean province = area.level() == RegionLevel.PROVINCE;
    boolean pages = perRegency && province;
    List<Region> lines = regions.getChildren(area);
    List<Region> pageLines = pages ? regions.getChildren(codes(lines)) : List.of();
    return RecapAssembly.recaps(
        province ? AreaRecap.Level.PROVINCE : AreaRecap.Level.REGENCY,
        new RecapAssembly.Area(area.value(), region.name()),
        areas(lines),
        areas(pageLines),
        figures(area.value(), registry.facts(area), province && !pages ? 5 : 8, year, asOf),
        year,
        asOf);
  }

  /**
   * The recap of a province (a line per regency), a regency (per district) or a district (per
   * village) for the public portal: the same figures, gathered the same way, as the recap staff
   * download, without a scope check because they are aggregate counts the province publishes. No
   * line names a person.
   */
  @PermitAll
  public AreaRecap publicRecap(RegionCode area, int year) {
    RegionLevel level = area.level();
    if (level == RegionLevel.VILLAGE) {
      throw new InvalidInputException(
          "region",
          "province-regency-or-district",
          "statistics cover a province, regency or district");
    }
    LocalDate asOf = asOf(year);
    Region region = regions.getRegion(area);
    List<Region> lines = regions.getChildren(area);
    AreaRecap.Level recapLevel =
        switch (level) {
          case PROVINCE -> AreaRecap.Level.PROVINCE;
          case REGENCY -> AreaRecap.Level.REGENCY;
          default -> AreaRecap.Level.DISTRICT;
        };
    int prefix =
        switch (level) {
          case PROVINCE -> 5;
          case REGENCY -> 8;
          default -> 13;
        };
    return RecapAssembly.recaps(
            recapLevel,
            new RecapAssembly.Area(area.value(), region.name()),
            areas(lines),
            List.of(),
            figures(area.value(), registry.facts(area), prefix, year, asOf),
            year,
            asOf)
        .get(0);
  }

  /**
   * Which months of figures the classes of the area's recap rest on and whether those months were
   * approved; checked like {@link #recaps(Scope, int, boolean)}. One grouped query for the classes
   * and one for the approvals, whatever the number of Kampung KB.
   */
  public DataBasis dataBasis(Scope area, int year) {
    readable(area, year);
    List<DataBasis.Count> counts =
        classifications.currentPeriods(area.prefix()).stream()
            .map(
                r ->
                    new DataBasis.Count(
                        (String) r[0],
                        r[1] == null ? null : YearMonth.parse((String) r[1]),
                        ((Number) r[2]).longValue()))
            .toList();
    Set<RegionCode> regencies =
        counts.stream().map(c -> RegionCode.of(c.regency())).collect(Collectors.toSet());
    Set<YearMonth> periods =
        counts.stream()
            .map(DataBasis.Count::period)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return DataBasis.of(counts, reportingMonths.approvedMonths(regencies, periods));
  }

  /**
   * Checks a recap may be asked for, as {@link #recaps} does before reading anything: a province or
   * a regency, a programme year, within the caller's scope (else not found).
   *
   * @return the day the counts hold at
   */
  public LocalDate readable(Scope area, int year) {
    if (area.region().isPresent()) {
      return readable(area.region().get(), year);
    }
    scopeGuard.checkReadArea(area);
    return asOf(year);
  }

  /** The same for a province or regency. */
  public LocalDate readable(RegionCode area, int year) {
    if (area.level() != RegionLevel.PROVINCE && area.level() != RegionLevel.REGENCY) {
      throw new InvalidInputException(
          "region", "province-or-regency", "a recap covers a province or a regency");
    }
    LocalDate asOf = asOf(year);
    scopeGuard.checkRead(area, "Region", area.value());
    return asOf;
  }

  /**
   * The recap of the whole country, one line per province loaded, with {@code perProvince} followed
   * by a page per province listing its regencies. Only aggregate counts: for administrators of any
   * scope, as the recap benchmark of the load-test EAR measures it in the JVM; over HTTP the
   * national scope is needed ({@link #recaps(Scope, int, boolean)}).
   */
  @RolesAllowed(Role.Names.ADMIN)
  public List<AreaRecap> national(int year, boolean perProvince) {
    return country(year, perProvince);
  }

  private List<AreaRecap> country(int year, boolean perProvince) {
    LocalDate asOf = asOf(year);
    List<Region> provinces = regions.getProvinces();
    List<Region> regencies = perProvince ? regions.getChildren(codes(provinces)) : List.of();
    return RecapAssembly.recaps(
        AreaRecap.Level.COUNTRY,
        new RecapAssembly.Area(AreaRecap.NATIONAL, "Indonesia"),
        areas(provinces),
        areas(regencies),
        figures("", registry.allFacts(), perProvince ? 5 : 2, year, asOf),
        year,
        asOf);
  }

  private static LocalDate asOf(int year) {
    LocalDate today = LocalDate.now(JAKARTA);
    if (year < 2016 || year > today.getYear()) {
      throw new InvalidInputException(
          "year", "programme-years", "year must lie between 2016 and " + today.getYear());
    }
    return year == today.getYear() ? today : LocalDate.of(year, 12, 31);
  }

  /**
   * @param area a region code, or the empty string for the country
   * @param prefix the length of the codes the grouped counts are keyed by
   */
  private RecapAssembly.Figures figures(
      String area, List<RegistryStatistics.Fact> facts, int prefix, int year, LocalDate asOf) {
    List<RecapAssembly.CurrentClass> classes =
        classifications.currentClasses(area).stream()
            .map(r -> new RecapAssembly.CurrentClass((String) r[0], (KampungKbClass) r[1]))
            .toList();
    return new RecapAssembly.Figures(
        facts,
        classes,
        queries.villages(area, prefix),
        queries.coeDesignations(area, prefix, asOf),
        queries.eventsAndParticipants(
            area, prefix, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
  }

  private static List<RegionCode> codes(List<Region> regions) {
    return regions.stream().map(Region::code).toList();
  }

  private static List<RecapAssembly.Area> areas(List<Region> regions) {
    return regions.stream().map(r -> new RecapAssembly.Area(r.code().value(), r.name())).toList();
  }
}
