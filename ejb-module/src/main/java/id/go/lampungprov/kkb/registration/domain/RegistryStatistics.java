package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts derived from registration data only, never typed in: how many Kampung KB were declared in
 * each year and how many existed at the end of it (declared by then and not yet deactivated).
 */
public final class RegistryStatistics {

  /** The facts about one Kampung KB that the counts need. */
  public record Fact(
      RegionCode village, LocalDate declared, ModelStatus model, LocalDate inactiveSince) {

    boolean existsOn(LocalDate day) {
      return !declared.isAfter(day) && (inactiveSince == null || inactiveSince.isAfter(day));
    }
  }

  /** One year: declared in it, and existing at its end (or at {@code asOf} for the last year). */
  public record YearCount(int year, long declared, long cumulative) {}

  /** Counts for one area (the whole scope, or one regency). */
  public record AreaCounts(
      String regionCode, long total, List<YearCount> byYear, Map<ModelStatus, Long> byModel) {}

  private RegistryStatistics() {}

  /**
   * @param area the region counted
   * @param asOf counts hold on this day; later declarations are ignored
   */
  public static AreaCounts count(String area, List<Fact> facts, LocalDate asOf) {
    List<Fact> known = facts.stream().filter(f -> !f.declared().isAfter(asOf)).toList();
    TreeMap<Integer, Long> declaredPerYear =
        known.stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.declared().getYear(), TreeMap::new, Collectors.counting()));
    List<YearCount> years = new ArrayList<>();
    if (!declaredPerYear.isEmpty()) {
      for (int year = declaredPerYear.firstKey(); year <= asOf.getYear(); year++) {
        LocalDate end = year == asOf.getYear() ? asOf : LocalDate.of(year, 12, 31);
        long cumulative = known.stream().filter(f -> f.existsOn(end)).count();
        years.add(new YearCount(year, declaredPerYear.getOrDefault(year, 0L), cumulative));
      }
    }
    List<Fact> existing = known.stream().filter(f -> f.existsOn(asOf)).toList();
    Map<ModelStatus, Long> byModel = new EnumMap<>(ModelStatus.class);
    for (ModelStatus m : ModelStatus.values()) {
      byModel.put(m, existing.stream().filter(f -> f.model() == m).count());
    }
    return new AreaCounts(area, existing.size(), years, byModel);
  }

  /** The same counts for each regency below the area, keyed by regency code. */
  public static Map<String, AreaCounts> byRegency(List<Fact> facts, LocalDate asOf) {
    Function<Fact, String> regency = f -> f.village().ancestors().get(1).value();
    return facts.stream()
        .collect(Collectors.groupingBy(regency, TreeMap::new, Collectors.toList()))
        .entrySet()
        .stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> count(e.getKey(), e.getValue(), asOf),
                (a, b) -> a,
                TreeMap::new));
  }
}
