package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.ClassificationRepository;
import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.assessment.infrastructure.ClassificationQueries;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.KampungKbService;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The classes of Kampung KB: counts per area, each one's explanation and history. */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ClassificationService {

  /** Active Kampung KB not classified yet (before the first start after their registration). */
  public static final String NOT_CLASSIFIED = "NOT_CLASSIFIED";

  @Inject private ClassificationRepository classifications;
  @Inject private ClassificationRecomputer recomputer;
  @Inject private ScopeGuard scopeGuard;
  @Inject private ClassificationQueries queries;
  @EJB private KampungKbService registry;

  /** Counts per class in the area and in each regency, with a page of the classifications. */
  public record Summary(
      String region,
      String ruleSetVersion,
      Map<String, Long> counts,
      Map<String, Map<String, Long>> byRegency,
      Page<Classification> page) {}

  public Summary summary(
      Optional<RegionCode> asked, Optional<KampungKbClass> only, PageRequest page) {
    Optional<Scope> area = scopeGuard.visibleArea(asked);
    if (area.isEmpty()) {
      return new Summary(
          asked.map(RegionCode::value).orElse(""),
          recomputer.rules().version(),
          emptyCounts(),
          Map.of(),
          new Page<>(List.of(), 0, page.page(), page.size()));
    }
    String code = area.get().code();
    String prefix = area.get().prefix();
    Map<String, Long> counts = emptyCounts();
    Map<String, Map<String, Long>> byRegency = new TreeMap<>();
    for (Object[] row : classifications.currentClasses(prefix)) {
      String village = (String) row[0];
      String name = row[1] == null ? NOT_CLASSIFIED : ((KampungKbClass) row[1]).name();
      counts.merge(name, 1L, Long::sum);
      byRegency
          .computeIfAbsent(village.substring(0, 5), k -> emptyCounts())
          .merge(name, 1L, Long::sum);
    }
    return new Summary(
        code, recomputer.rules().version(), counts, byRegency, queries.page(prefix, only, page));
  }

  /** The current classification of one Kampung KB, computed now if it has none yet. */
  public Classification current(long kampungKbId) {
    KampungKb kkb = registry.get(kampungKbId);
    return classifications.current(kkb).orElseGet(() -> recomputer.recompute(kkb));
  }

  public List<Classification> history(long kampungKbId) {
    return classifications.history(registry.get(kampungKbId));
  }

  private static Map<String, Long> emptyCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (KampungKbClass c : KampungKbClass.values()) {
      counts.put(c.name(), 0L);
    }
    counts.put(NOT_CLASSIFIED, 0L);
    return counts;
  }
}
