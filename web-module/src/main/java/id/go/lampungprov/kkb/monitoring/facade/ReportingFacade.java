package id.go.lampungprov.kkb.monitoring.facade;

import id.go.lampungprov.kkb.monitoring.application.ReportingMonthService;
import id.go.lampungprov.kkb.monitoring.application.ReportingRateService;
import id.go.lampungprov.kkb.monitoring.application.ReportingRateService.RateTable;
import id.go.lampungprov.kkb.monitoring.domain.MissingReport;
import id.go.lampungprov.kkb.monitoring.domain.ReportingDeadline;
import id.go.lampungprov.kkb.monitoring.domain.ReportingMonth;
import id.go.lampungprov.kkb.monitoring.domain.ReportingRate;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.MissingDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.MonthMissingDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.RateDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.RateRowDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.RateTableDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.ReportingMonthDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.ResponsibleDto;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reporting cycle for the resources and the pages alike. */
@ApplicationScoped
public class ReportingFacade {

  /** How many missing reports of a month the Beranda lists. */
  public static final int PANEL_ROWS = 10;

  @EJB private ReportingRateService rates;
  @EJB private ReportingMonthService months;

  /** The rates of an area (the caller's scope when blank) over the twelve months up to period. */
  public RateTableDto rates(String region, String period) {
    RateTable table = rates.rates(region(region), periodOrCurrent(period));
    ReportingDeadline deadline = table.deadline();
    Map<String, String> names = new HashMap<>();
    table.rows().forEach(r -> names.put(r.code(), r.name()));
    names.put(table.area().code(), table.areaName());
    return new RateTableDto(
        table.area().code(),
        table.areaName(),
        table.period().toString(),
        deadline.dueDay(),
        table.months().stream().map(YearMonth::toString).toList(),
        table.rows().stream()
            .map(
                r ->
                    new RateRowDto(
                        r.code(),
                        r.name(),
                        r.months().stream().map(m -> rate(m, deadline)).toList()))
            .toList(),
        table.totals().stream().map(m -> rate(m, deadline)).toList(),
        approvals(table, names));
  }

  /** The expected Kampung KB of the area without figures for the month, a page of them. */
  public PageDto<MissingDto> missing(String region, String period, Integer page, Integer size) {
    YearMonth month = periodOrCurrent(period);
    return PageDto.of(
        rates.missing(region(region), month, PageRequest.of(page, size)), m -> missing(m, month));
  }

  /** This month's and last month's missing reports in the caller's scope. */
  public List<MonthMissingDto> missingForCaller() {
    return rates.missingForCaller(PANEL_ROWS).stream()
        .map(
            m ->
                new MonthMissingDto(
                    m.period().toString(),
                    m.dueDate(),
                    m.overdue(),
                    m.missing().totalElements(),
                    m.missing().content().stream().map(r -> missing(r, m.period())).toList()))
        .toList();
  }

  public ReportingMonthDto month(String regency, String period) {
    return dto(months.get(regency(regency), period(period)), null);
  }

  public ReportingMonthDto submit(String regency, String period, Long expectedVersion) {
    return dto(months.submit(regency(regency), period(period), expectedVersion), null);
  }

  public ReportingMonthDto approve(String regency, String period, Long expectedVersion) {
    return dto(months.approve(regency(regency), period(period), expectedVersion), null);
  }

  public ReportingMonthDto reopen(
      String regency, String period, Long expectedVersion, String reason) {
    return dto(months.reopen(regency(regency), period(period), expectedVersion, reason), null);
  }

  /** The month reports are due for now (the last month that is over): the pages' default. */
  public String currentPeriod() {
    return rates.currentPeriod().toString();
  }

  /**
   * The approvals of the table's month: each regency row's in a province, the regency's own in a
   * regency; none for the country or a district (whose staff do not see the regency's month).
   */
  private List<ReportingMonthDto> approvals(RateTable table, Map<String, String> names) {
    Optional<RegionCode> area = table.area().region();
    if (area.isEmpty() || area.get().level() == RegionLevel.DISTRICT) {
      return List.of();
    }
    List<String> regencies =
        area.get().level() == RegionLevel.REGENCY
            ? List.of(area.get().value())
            : table.rows().stream().map(ReportingRateService.Row::code).toList();
    Map<String, ReportingMonth> stored = new HashMap<>();
    months
        .within(table.area(), table.period(), table.period())
        .forEach(m -> stored.put(m.regency().value(), m));
    return regencies.stream()
        .map(
            code ->
                dto(
                    stored.getOrDefault(
                        code, new ReportingMonth(RegionCode.of(code), table.period())),
                    names.get(code)))
        .toList();
  }

  static RateDto rate(ReportingRate r, ReportingDeadline deadline) {
    return new RateDto(
        r.period().toString(),
        deadline.dueDate(r.period()),
        r.expected(),
        r.received(),
        r.onTime(),
        r.late(),
        r.missing(),
        r.rate().orElse(null));
  }

  private static MissingDto missing(MissingReport m, YearMonth period) {
    return new MissingDto(
        m.kampungKbId(),
        m.name(),
        m.villageCode(),
        period.toString(),
        m.responsible().stream()
            .map(p -> new ResponsibleDto(p.username(), p.fullName(), p.scopeCode()))
            .toList());
  }

  static ReportingMonthDto dto(ReportingMonth m, String regencyName) {
    return new ReportingMonthDto(
        m.regency().value(),
        regencyName,
        m.period().toString(),
        m.status().name(),
        m.locked(),
        m.submittedBy().orElse(null),
        m.submittedAt().orElse(null),
        m.approvedBy().orElse(null),
        m.approvedAt().orElse(null),
        m.reopenedBy().orElse(null),
        m.reopenedAt().orElse(null),
        m.reopenReason().orElse(null),
        m.version());
  }

  static YearMonth period(String text) {
    try {
      return YearMonth.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "period", "year-month", "period must be a month yyyy-mm, e.g. 2020-05");
    }
  }

  /** A blank period means the month reports are due for now. */
  YearMonth periodOrCurrent(String text) {
    return Filters.given(text).map(ReportingFacade::period).orElseGet(rates::currentPeriod);
  }

  private static Optional<RegionCode> region(String text) {
    return Filters.given(text).map(r -> RegionCode.parse("region", r));
  }

  private static RegionCode regency(String text) {
    return RegionCode.parse("regency", text);
  }
}
