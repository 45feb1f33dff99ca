package id.go.lampungprov.kkb.reporting.facade;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentFacade;
import id.go.lampungprov.kkb.assessment.facade.ClassificationFacade;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.registration.facade.RegistryStatisticsDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The figures of the dashboard, for the caller's scope, each from one counting query. */
@ApplicationScoped
public class DashboardFacade {

  @Inject private KampungKbFacade registry;
  @Inject private ClassificationFacade classifications;
  @Inject private AssessmentFacade assessments;
  @Inject private EventFacade events;
  @Inject private AttendanceFacade attendance;

  /**
   * @param heightPercent the bar's height relative to the tallest, for drawing
   */
  public record YearBar(int year, long count, int heightPercent) {}

  public record Dashboard(
      long kampungKb,
      Map<String, Long> byClass,
      long coe,
      long eventsThisYear,
      long overdueFollowUps,
      List<YearBar> growth,
      List<AssessmentDto> waiting) {}

  /**
   * @param username whose waiting work to list
   * @param roles the caller's roles: assessors see their drafts, province officers what to verify
   *     or approve, regency operators what was returned to them
   */
  public Dashboard of(String username, Set<String> roles) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    RegistryStatisticsDto stats = registry.statistics(null, null);
    long tallest =
        stats.total().byYear().stream()
            .mapToLong(RegistryStatisticsDto.YearDto::cumulative)
            .max()
            .orElse(1);
    List<YearBar> growth = new ArrayList<>();
    for (RegistryStatisticsDto.YearDto y : stats.total().byYear()) {
      growth.add(
          new YearBar(
              y.year(), y.cumulative(), (int) Math.round(100.0 * y.cumulative() / tallest)));
    }
    Map<String, Long> byClass =
        new LinkedHashMap<>(classifications.summary(null, null, 0, 1).counts());
    long coe =
        assessments.designations().stream()
            .filter(d -> !d.validFrom().isAfter(today) && !d.validUntil().isBefore(today))
            .count();
    long held =
        events
            .search(
                new EventFacade.Filter(
                    null, null, null, null, today.withDayOfYear(1).toString(), today.toString()),
                0,
                1)
            .totalElements();
    List<AssessmentDto> waiting =
        assessments.open().stream().filter(a -> waitsFor(a, username, roles)).limit(20).toList();
    return new Dashboard(
        stats.total().total(), byClass, coe, held, attendance.overdue().size(), growth, waiting);
  }

  private static boolean waitsFor(AssessmentDto a, String username, Set<String> roles) {
    return switch (a.status()) {
      case "DRAFT" ->
          a.team().stream().anyMatch(m -> username.equals(m.username))
              || (roles.contains("REGENCY_OPERATOR") && a.statusReason() != null);
      case "SUBMITTED", "VERIFIED" -> roles.contains("PROVINCE_OFFICER");
      default -> false;
    };
  }
}
