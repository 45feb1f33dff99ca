package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.assessment.domain.ClassificationRepository;
import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reporting.domain.RecapQueries;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gathers the recap of an area: the province (one line per regency) or a regency (one line per
 * district). One grouped query per figure, so the cost does not grow with the number of regions.
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

  /**
   * @param year counts new Kampung KB and events of this year; the other counts hold at its end, or
   *     today for the current year
   */
  public AreaRecap recap(RegionCode area, int year) {
    if (area.level() != RegionLevel.PROVINCE && area.level() != RegionLevel.REGENCY) {
      throw new InvalidInputException(
          "region", "province-or-regency", "a recap covers a province or a regency");
    }
    LocalDate today = LocalDate.now(JAKARTA);
    if (year < 2016 || year > today.getYear()) {
      throw new InvalidInputException(
          "year", "programme-years", "year must lie between 2016 and " + today.getYear());
    }
    scopeGuard.checkRead(area, "Region", area.value());
    Region region = regions.getRegion(area);
    LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    int prefix = area.level() == RegionLevel.PROVINCE ? 5 : 8;
    String code = area.value();

    List<RegistryStatistics.Fact> facts = registry.facts(area);
    Map<String, List<RegistryStatistics.Fact>> factsByChild =
        facts.stream()
            .collect(Collectors.groupingBy(f -> f.village().value().substring(0, prefix)));
    Map<String, Map<KampungKbClass, Long>> classes = new HashMap<>();
    Map<String, Long> unclassified = new HashMap<>();
    for (Object[] row : classifications.currentClasses(code)) {
      String child = ((String) row[0]).substring(0, prefix);
      if (row[1] == null) {
        unclassified.merge(child, 1L, Long::sum);
      } else {
        classes
            .computeIfAbsent(child, k -> new EnumMap<>(KampungKbClass.class))
            .merge((KampungKbClass) row[1], 1L, Long::sum);
      }
    }
    Map<String, Long> villages = queries.villages(code, prefix);
    Map<String, Long> coe = queries.coeDesignations(code, prefix, asOf);
    Map<String, long[]> events =
        queries.eventsAndParticipants(
            code, prefix, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));

    List<AreaRecap.Line> lines = new ArrayList<>();
    for (Region child : regions.getChildren(area)) {
      String c = child.code().value();
      RegistryStatistics.AreaCounts counts =
          RegistryStatistics.count(c, factsByChild.getOrDefault(c, List.of()), asOf);
      long declared =
          counts.byYear().stream()
              .filter(y -> y.year() == year)
              .mapToLong(RegistryStatistics.YearCount::declared)
              .sum();
      long[] held = events.getOrDefault(c, new long[2]);
      lines.add(
          new AreaRecap.Line(
              c,
              child.name(),
              villages.getOrDefault(c, 0L),
              counts.total(),
              declared,
              classes.getOrDefault(c, Map.of()),
              unclassified.getOrDefault(c, 0L),
              coe.getOrDefault(c, 0L),
              held[0],
              held[1]));
    }
    return new AreaRecap(
        code,
        region.name(),
        area.level() == RegionLevel.PROVINCE,
        year,
        asOf,
        lines,
        RegistryStatistics.count(code, facts, asOf).byYear());
  }
}
