package id.go.lampungprov.kkb.monitoring.application;

import id.go.lampungprov.kkb.monitoring.domain.MissingReport;
import id.go.lampungprov.kkb.monitoring.domain.ReportingDeadline;
import id.go.lampungprov.kkb.monitoring.domain.ReportingRate;
import id.go.lampungprov.kkb.monitoring.domain.ReportingRates;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reporting rates and missing reports of an area the caller may see: per area one level below it
 * (the province's regencies, a regency's districts, a district's villages), over the twelve months
 * up to the one asked.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ReportingRateService {

  /** The months a table covers, the asked one last. */
  public static final int MONTHS = 12;

  /** The table of an area: a row per area below it, a column per month, and the totals. */
  public record RateTable(
      Scope area,
      String areaName,
      YearMonth period,
      ReportingDeadline deadline,
      List<YearMonth> months,
      List<Row> rows,
      List<ReportingRate> totals) {}

  /** One area below: its rate for each month of the table, in the table's order. */
  public record Row(String code, String name, List<ReportingRate> months) {}

  /** What is missing of one month in the caller's scope, for the Beranda. */
  public record MonthMissing(
      YearMonth period,
      java.time.LocalDate dueDate,
      boolean overdue,
      Page<MissingReport> missing) {}

  @Inject private ReportingRates counts;
  @Inject private ScopeGuard scopeGuard;
  @Inject private RegionService regions;

  private final Clock clock = Clock.system(ReportingClock.ZONE);

  /** The month reports are due for now: the last one that is over. */
  @RolesAllowed(Role.Names.STAFF)
  public YearMonth currentPeriod() {
    return YearMonth.now(clock).minusMonths(1);
  }

  @RolesAllowed(Role.Names.STAFF)
  public RateTable rates(Optional<RegionCode> region, YearMonth period) {
    Scope area = area(region);
    int groupLength = groupLength(area);
    ReportingDeadline deadline = ReportingClock.deadline();
    List<YearMonth> months = new ArrayList<>();
    for (int i = MONTHS - 1; i >= 0; i--) {
      months.add(period.minusMonths(i));
    }
    Map<String, ReportingRate[]> byArea = new TreeMap<>();
    List<ReportingRate> totals = new ArrayList<>();
    for (int m = 0; m < months.size(); m++) {
      YearMonth month = months.get(m);
      ReportingRate total = ReportingRate.none(area.code(), month);
      for (ReportingRate rate :
          counts.rates(area.prefix(), groupLength, month, deadline.lateFrom(month))) {
        byArea.computeIfAbsent(rate.regionCode(), c -> new ReportingRate[MONTHS])[m] = rate;
        total = total.plus(rate);
      }
      totals.add(total);
    }
    Map<String, String> names = names(byArea.keySet());
    List<Row> rows = new ArrayList<>();
    byArea.forEach(
        (code, rates) -> {
          List<ReportingRate> row = new ArrayList<>();
          for (int m = 0; m < months.size(); m++) {
            row.add(rates[m] != null ? rates[m] : ReportingRate.none(code, months.get(m)));
          }
          rows.add(new Row(code, names.getOrDefault(code, code), row));
        });
    return new RateTable(area, areaName(area), period, deadline, List.copyOf(months), rows, totals);
  }

  /** The expected Kampung KB of the area without figures for the month, and who enters them. */
  @RolesAllowed(Role.Names.STAFF)
  public Page<MissingReport> missing(
      Optional<RegionCode> region, YearMonth period, PageRequest page) {
    Scope area = area(region);
    return new Page<>(
        counts.missing(area.prefix(), period, page.offset(), page.size()),
        counts.countMissing(area.prefix(), period),
        page.page(),
        page.size());
  }

  /** The caller's missing reports of this month and the last, the first {@code limit} of each. */
  @RolesAllowed(Role.Names.STAFF)
  public List<MonthMissing> missingForCaller(int limit) {
    ReportingDeadline deadline = ReportingClock.deadline();
    List<MonthMissing> result = new ArrayList<>();
    YearMonth last = currentPeriod();
    for (YearMonth month : List.of(last.plusMonths(1), last)) {
      result.add(
          new MonthMissing(
              month,
              deadline.dueDate(month),
              deadline.isOverdue(month, clock.instant()),
              missing(Optional.empty(), month, new PageRequest(0, limit))));
    }
    return result;
  }

  private Scope area(Optional<RegionCode> region) {
    return scopeGuard
        .visibleArea(region)
        .orElseThrow(() -> new EntityNotFoundException("Region", region.orElseThrow().value()));
  }

  /** One level below the area: the country's provinces, a province's regencies, and so on. */
  static int groupLength(Scope area) {
    return area.region()
        .map(
            r ->
                switch (r.level()) {
                  case PROVINCE -> 5;
                  case REGENCY -> 8;
                  case DISTRICT, VILLAGE -> 13;
                })
        .orElse(2);
  }

  private Map<String, String> names(java.util.Collection<String> codes) {
    return regions.findRegions(codes.stream().map(RegionCode::of).toList()).stream()
        .collect(Collectors.toMap(r -> r.code().value(), Region::name, (a, b) -> a));
  }

  private String areaName(Scope area) {
    return area.region().map(r -> regions.getRegion(r).name()).orElse("Indonesia");
  }
}
