package id.go.lampungprov.kkb.reporting.domain;

import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the recap of an area and, optionally, a page per line from figures gathered once for the
 * whole area: each figure is counted by one grouped query at the finest level needed and rolled up
 * here, so a page per province costs no query more than the country's table.
 */
public final class RecapAssembly {

  /** A region a line or a page is about. */
  public record Area(String code, String name) {}

  /** An active Kampung KB's village and current class, null = not classified yet. */
  public record CurrentClass(String village, KampungKbClass kampungKbClass) {}

  /**
   * Everything counted for the area. The maps are keyed by region codes of the finest level asked
   * for (the lines of the pages when there are pages, else the lines of the area).
   */
  public record Figures(
      List<RegistryStatistics.Fact> facts,
      List<CurrentClass> classes,
      Map<String, Long> villages,
      Map<String, Long> coe,
      Map<String, long[]> events) {}

  private RecapAssembly() {}

  /**
   * @param lines the regions below the area, one line each, ordered
   * @param pageLines the regions below {@code lines}, ordered; one page per line is added when not
   *     empty
   * @return the area's recap, followed by the pages in the order of {@code lines}
   */
  public static List<AreaRecap> recaps(
      AreaRecap.Level level,
      Area area,
      List<Area> lines,
      List<Area> pageLines,
      Figures figures,
      int year,
      LocalDate asOf) {
    List<AreaRecap> result = new ArrayList<>();
    result.add(
        new AreaRecap(
            area.code(),
            area.name(),
            level,
            year,
            asOf,
            new Counts(figures, codeLength(lines)).lines(lines, year, asOf),
            RegistryStatistics.count(area.code(), figures.facts(), asOf).byYear()));
    if (pageLines.isEmpty()) {
      return result;
    }
    int parentLength = codeLength(lines);
    Map<String, List<Area>> byParent =
        pageLines.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.code().substring(0, parentLength),
                    LinkedHashMap::new,
                    Collectors.toList()));
    Map<String, List<RegistryStatistics.Fact>> factsByParent =
        byPrefix(figures.facts(), parentLength);
    Counts fine = new Counts(figures, codeLength(pageLines));
    for (Area parent : lines) {
      result.add(
          new AreaRecap(
              parent.code(),
              parent.name(),
              level.below(),
              year,
              asOf,
              fine.lines(byParent.getOrDefault(parent.code(), List.of()), year, asOf),
              RegistryStatistics.count(
                      parent.code(), factsByParent.getOrDefault(parent.code(), List.of()), asOf)
                  .byYear()));
    }
    return result;
  }

  /** The figures rolled up to the regions whose codes have {@code length} characters. */
  private static final class Counts {
    private final Map<String, List<RegistryStatistics.Fact>> facts;
    private final Map<String, Map<KampungKbClass, Long>> classes = new HashMap<>();
    private final Map<String, Long> unclassified = new HashMap<>();
    private final Map<String, Long> villages;
    private final Map<String, Long> coe;
    private final Map<String, long[]> events = new HashMap<>();

    Counts(Figures f, int length) {
      facts = byPrefix(f.facts(), length);
      for (CurrentClass c : f.classes()) {
        String key = c.village().substring(0, length);
        if (c.kampungKbClass() == null) {
          unclassified.merge(key, 1L, Long::sum);
        } else {
          classes
              .computeIfAbsent(key, k -> new EnumMap<>(KampungKbClass.class))
              .merge(c.kampungKbClass(), 1L, Long::sum);
        }
      }
      villages = rollUp(f.villages(), length);
      coe = rollUp(f.coe(), length);
      f.events()
          .forEach(
              (code, held) -> {
                long[] sum = events.computeIfAbsent(code.substring(0, length), k -> new long[2]);
                sum[0] += held[0];
                sum[1] += held[1];
              });
    }

    List<AreaRecap.Line> lines(List<Area> areas, int year, LocalDate asOf) {
      List<AreaRecap.Line> lines = new ArrayList<>();
      for (Area a : areas) {
        String c = a.code();
        RegistryStatistics.AreaCounts counts =
            RegistryStatistics.count(c, facts.getOrDefault(c, List.of()), asOf);
        long declared =
            counts.byYear().stream()
                .filter(y -> y.year() == year)
                .mapToLong(RegistryStatistics.YearCount::declared)
                .sum();
        long[] held = events.getOrDefault(c, new long[2]);
        lines.add(
            new AreaRecap.Line(
                c,
                a.name(),
                villages.getOrDefault(c, 0L),
                counts.total(),
                declared,
                classes.getOrDefault(c, Map.of()),
                unclassified.getOrDefault(c, 0L),
                coe.getOrDefault(c, 0L),
                held[0],
                held[1]));
      }
      return lines;
    }
  }

  private static int codeLength(List<Area> areas) {
    // Codes of one level share a length: 2 (province), 5 (regency), 8 (district), 13 (village).
    return areas.isEmpty() ? 2 : areas.get(0).code().length();
  }

  private static Map<String, List<RegistryStatistics.Fact>> byPrefix(
      List<RegistryStatistics.Fact> facts, int length) {
    return facts.stream()
        .collect(Collectors.groupingBy(f -> f.village().value().substring(0, length)));
  }

  private static Map<String, Long> rollUp(Map<String, Long> counts, int length) {
    Map<String, Long> result = new HashMap<>();
    counts.forEach((code, n) -> result.merge(code.substring(0, length), n, Long::sum));
    return result;
  }
}
