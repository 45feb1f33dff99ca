package id.go.lampungprov.kkb.monitoring.application.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoInterventionPlanTest {

  // The counts docs/operations.md gives; a change of the plan shows here first.
  private static final int COUNT = 151;
  private static final int KAMPUNG_KB = 78;
  private static final long TAGGED = 118;

  private static final List<DemoRegistryPlan.Entry> REGISTRY =
      DemoRegistryPlan.plan(GazetteerIndex.villagesOf("18"), DemoRegistryPlan.SEED);
  private static final List<DemoInterventionPlan.Entry> PLAN =
      DemoInterventionPlan.plan(REGISTRY, DemoInterventionPlan.SEED);

  private static Map<String, List<DemoInterventionPlan.Entry>> byVillage() {
    return PLAN.stream().collect(Collectors.groupingBy(DemoInterventionPlan.Entry::village));
  }

  @Test
  void aModestDeterministicShareOfTheRegistry() {
    assertEquals(PLAN, DemoInterventionPlan.plan(REGISTRY, DemoInterventionPlan.SEED));
    assertEquals(COUNT, PLAN.size());
    assertEquals(KAMPUNG_KB, byVillage().size());
    assertEquals(TAGGED, PLAN.stream().filter(e -> !e.kind().inpres().isEmpty()).count());
    byVillage()
        .values()
        .forEach(list -> assertTrue(list.size() >= 1 && list.size() <= 3, list.toString()));
  }

  @Test
  void withinTheDemosMonthsAfterTheDeclarationNoKindTwice() {
    Map<String, LocalDate> declared =
        REGISTRY.stream()
            .collect(Collectors.toMap(e -> e.village().value(), DemoRegistryPlan.Entry::declared));
    for (DemoInterventionPlan.Entry e : PLAN) {
      assertFalse(e.date().isBefore(LocalDate.of(2019, 6, 1)), e.toString());
      assertFalse(e.date().isAfter(LocalDate.of(2020, 5, 31)), e.toString());
      assertFalse(e.date().isBefore(declared.get(e.village())), e.toString());
    }
    byVillage()
        .values()
        .forEach(
            list ->
                assertEquals(
                    list.size(),
                    list.stream().map(DemoInterventionPlan.Entry::kind).distinct().count()));
  }

  @Test
  void sidodadiHasTheGrantAndTheMarketingItsEventSpeaksOf() {
    assertEquals(
        List.of("DINSOS", "DISDAG"),
        byVillage().get(DemoRegistryPlan.SIDODADI).stream().map(e -> e.kind().agency()).toList());
  }

  @Test
  void kindsNameInpresActivitiesByCodeAndEveryKindIsUsed() {
    Pattern activity = Pattern.compile("S\\d\\.P\\d\\.K\\d{1,2}");
    for (DemoInterventionKinds.Kind k : DemoInterventionKinds.ALL) {
      assertTrue(k.inpres().stream().allMatch(c -> activity.matcher(c).matches()), k.title());
      assertFalse(k.targets().isEmpty(), k.title());
      assertTrue(k.title().length() <= 200, k.title());
    }
    Set<DemoInterventionKinds.Kind> used =
        PLAN.stream().map(DemoInterventionPlan.Entry::kind).collect(Collectors.toSet());
    assertEquals(Set.copyOf(DemoInterventionKinds.ALL), used);
  }
}
