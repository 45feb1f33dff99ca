package id.go.lampungprov.kkb.registration.application.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoRegistryPlanTest {

  private static final List<DemoRegistryPlan.Entry> PLAN =
      DemoRegistryPlan.plan(GazetteerIndex.villagesOf("18"), DemoRegistryPlan.SEED);

  private static List<RegistryStatistics.Fact> facts() {
    return PLAN.stream()
        .map(e -> new RegistryStatistics.Fact(e.village(), e.declared(), e.model(), null))
        .toList();
  }

  @Test
  void growthMatchesTheProvincialRecord() {
    RegistryStatistics.AreaCounts counts =
        RegistryStatistics.count("18", facts(), LocalDate.of(2019, 4, 30));
    assertEquals(461, counts.total());
    assertEquals(new RegistryStatistics.YearCount(2016, 15, 15), counts.byYear().get(0));
    assertEquals(217, counts.byYear().get(1).cumulative());
    assertEquals(461, counts.byYear().get(3).cumulative());
    assertEquals(15, RegistryStatistics.count("18", facts(), LocalDate.of(2016, 12, 31)).total());
  }

  @Test
  void oneFirstKampungKbPerRegencyAndSidodadiIsTheProvinceModel() {
    Map<String, RegistryStatistics.AreaCounts> regencies =
        RegistryStatistics.byRegency(facts(), LocalDate.of(2016, 12, 31));
    assertEquals(15, regencies.size());
    regencies.values().forEach(r -> assertEquals(1, r.total(), r.toString()));
    DemoRegistryPlan.Entry sidodadi =
        PLAN.stream()
            .filter(e -> e.village().value().equals(DemoRegistryPlan.SIDODADI))
            .findFirst()
            .orElseThrow();
    assertEquals(ModelStatus.PROVINCE_MODEL, sidodadi.model());
    assertEquals(2016, sidodadi.declared().getYear());
    assertEquals(14, PLAN.stream().filter(e -> e.model() == ModelStatus.REGENCY_MODEL).count());
  }

  @Test
  void villagesAreDistinctAndThePlanIsReproducible() {
    assertEquals(PLAN.size(), PLAN.stream().map(e -> e.village().value()).distinct().count());
    assertEquals(
        PLAN, DemoRegistryPlan.plan(GazetteerIndex.villagesOf("18"), DemoRegistryPlan.SEED));
    assertTrue(PLAN.stream().allMatch(e -> !e.declared().isAfter(LocalDate.of(2019, 4, 30))));
  }

  @Test
  void deactivatedKampungKbLeaveTheCumulativeCount() {
    List<RegistryStatistics.Fact> facts =
        List.of(
            new RegistryStatistics.Fact(
                id.go.lampungprov.kkb.region.domain.RegionCode.of("18.07.04.2003"),
                LocalDate.of(2016, 6, 1),
                ModelStatus.NONE,
                LocalDate.of(2018, 3, 1)));
    RegistryStatistics.AreaCounts counts =
        RegistryStatistics.count("18", facts, LocalDate.of(2019, 1, 1));
    assertEquals(0, counts.total());
    assertEquals(1, counts.byYear().get(1).cumulative()); // end of 2017
    assertEquals(0, counts.byYear().get(2).cumulative()); // end of 2018
  }
}
