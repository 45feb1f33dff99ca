package id.go.lampungprov.kkb.registration.application.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.PokjaRole;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DemoRegistryDetailsTest {

  @Test
  void sidodadiHasAFullPokjaAndSevenCadresTwentyPeopleInAll() {
    DemoRegistryDetails.Details d =
        DemoRegistryDetails.of(DemoRegistryPlan.SIDODADI, DemoRegistryPlan.SEED);
    assertEquals(20, d.holders().size());
    assertEquals(
        PokjaRole.values().length,
        d.holders().stream()
            .map(DemoRegistryDetails.Holder::pokjaRole)
            .filter(Objects::nonNull)
            .count());
    assertEquals(7, d.holders().stream().filter(h -> h.cadreType() != null).count());
    assertEquals(12, d.figures().size());
  }

  @Test
  void theSameVillageAndSeedGiveTheSameData() {
    assertEquals(
        DemoRegistryDetails.of("18.01.01.2001", 1L), DemoRegistryDetails.of("18.01.01.2001", 1L));
  }

  @Test
  void everyDemoVillageGetsFiguresThatPassTheConsistencyRules() {
    // The Figures constructor throws on any broken rule; this walks all 461 plans.
    DemoRegistryPlan.plan(GazetteerIndex.villagesOf("18"), DemoRegistryPlan.SEED)
        .forEach(
            e -> {
              DemoRegistryDetails.Details d =
                  DemoRegistryDetails.of(e.village().value(), DemoRegistryPlan.SEED);
              for (Figures f : d.figures().values()) {
                assertTrue(f.users() <= f.pus());
                assertTrue(f.pus() <= f.families());
              }
            });
  }
}
