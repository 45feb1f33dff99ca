package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.FiguresQuality;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.MonthlyFiguresRepository;
import id.go.lampungprov.kkb.registration.domain.QualityThresholds;
import id.go.lampungprov.kkb.registration.domain.QualityWarning;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quality report of an area and month: every warning the quality rules raise on the figures
 * reported for that month, by Kampung KB. The Kampung KB are read a batch at a time, with only the
 * months the rules compare, so a province's report never holds all its figures at once.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class QualityReportService {

  /** Kampung KB whose months are read together. */
  static final int BATCH = 200;

  /** One warning of the report: where, which month, and the rule's finding. */
  public record Row(
      long kampungKbId,
      String name,
      String villageCode,
      YearMonth period,
      QualityWarning warning) {}

  @Inject private MonthlyFiguresRepository monthly;
  @Inject private ScopeGuard scopeGuard;

  /** The warnings of the month's figures in the area (the caller's scope when empty). */
  @RolesAllowed(Role.Names.STAFF)
  public List<Row> report(Optional<RegionCode> region, YearMonth period) {
    Scope area =
        scopeGuard
            .visibleArea(region)
            .orElseThrow(() -> new EntityNotFoundException("Region", region.orElseThrow().value()));
    QualityThresholds thresholds = QualitySettings.thresholds();
    List<Long> ids = monthly.reportedIn(area.prefix(), period);
    List<Row> rows = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      Map<Long, KampungKb> kampungKb = new LinkedHashMap<>();
      batch.forEach(id -> kampungKb.put(id, null));
      Map<Long, Map<YearMonth, Figures>> months = new HashMap<>();
      for (MonthlyFigures m :
          monthly.within(batch, period.minusMonths(thresholds.months()), period)) {
        kampungKb.put(m.kampungKb().id(), m.kampungKb());
        months
            .computeIfAbsent(m.kampungKb().id(), id -> new HashMap<>())
            .put(m.period(), m.figures());
      }
      kampungKb.forEach(
          (id, kkb) -> {
            Map<YearMonth, Figures> history = months.get(id);
            FiguresQuality.check(period, history.get(period), history, thresholds)
                .forEach(w -> rows.add(new Row(id, kkb.name(), kkb.village().value(), period, w)));
          });
    }
    return rows;
  }
}
