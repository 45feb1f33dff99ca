package id.go.lampungprov.kkb.synthetic.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.assessment.domain.AssessmentStatus;
import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.synthetic.application.SiteDetails.PlannedAssessment;
import id.go.lampungprov.kkb.synthetic.application.SiteDetails.PlannedEvent;
import id.go.lampungprov.kkb.synthetic.application.SyntheticPlan.Site;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticPlanTest {

  private static final SortedMap<String, String> LAMPUNG = GazetteerIndex.villagesOf("18");

  @Test
  void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
    SyntheticPlan plan = SyntheticPlan.of(SyntheticSize.LAMPUNG, 2026, LAMPUNG);
    assertEquals(plan, SyntheticPlan.of(SyntheticSize.LAMPUNG, 2026, LAMPUNG));
    Site site = plan.sites().get(17);
    assertEquals(SiteDetails.of(site, 2026), SiteDetails.of(site, 2026));
    assertNotEquals(plan.sites(), SyntheticPlan.of(SyntheticSize.LAMPUNG, 7, LAMPUNG).sites());
  }

  @Test
  void lampungHasTheDocumentedCountsAndEveryDetailIsValid() {
    SyntheticPlan plan = SyntheticPlan.of(SyntheticSize.LAMPUNG, 2026, LAMPUNG);
    Totals totals = check(plan, SyntheticSize.LAMPUNG);
    assertEquals(461, totals.sites);
    assertEquals(4_610, totals.persons);
    assertEquals(461 * 12, totals.figures);
    assertEquals(1_150, totals.events);
    assertEquals(23_000, totals.participants);
    assertEquals(115, totals.assessments);
    assertTrue(plan.sites().stream().allMatch(s -> s.provinceCode().equals("18")));
  }

  @Test
  void nationalCoversEveryProvinceWithTheDocumentedCounts() {
    long started = System.nanoTime();
    SortedMap<String, String> all = GazetteerIndex.allVillages();
    SyntheticPlan plan = SyntheticPlan.of(SyntheticSize.NATIONAL, 2026, all);
    Totals totals = check(plan, SyntheticSize.NATIONAL);
    System.out.printf(
        "national plan with all details: %.1f s%n", (System.nanoTime() - started) / 1e9);
    assertEquals(83_762, all.size());
    assertEquals(20_000, totals.sites);
    assertEquals(200_000, totals.persons);
    assertEquals(240_000, totals.figures);
    assertEquals(50_000, totals.events);
    assertEquals(1_000_000, totals.participants);
    assertEquals(5_000, totals.assessments);
    Set<String> provinces =
        plan.sites().stream().map(Site::provinceCode).collect(Collectors.toSet());
    assertEquals(38, provinces.size());
    assertEquals(
        38, plan.sites().stream().filter(s -> s.model() == ModelStatus.PROVINCE_MODEL).count());
    // Spread by villages: Lampung has 2,651 of 83,762 villages, so about 633 of 20,000.
    long lampung = plan.sites().stream().filter(s -> s.provinceCode().equals("18")).count();
    assertEquals(Math.round(20_000 * 2_651 / 83_762.0), lampung, 1.0);
  }

  @Test
  void theBenchmarkEventIsInLampungOnTheFirstOfJuly2025With3000Participants() {
    SyntheticPlan plan = SyntheticPlan.of(SyntheticSize.LAMPUNG, 2026, LAMPUNG);
    SiteDetails.BenchmarkEvent b = plan.benchmark();
    assertEquals(LocalDate.of(2025, 7, 1), b.startsAt().toLocalDate());
    assertEquals("Aula Sintetis (3.000 peserta)", b.venue());
    assertEquals("18", b.host().provinceCode());
    assertEquals(3_000, b.guests().size() + SyntheticSize.PERSONS_PER_KAMPUNG_KB);
    assertTrue(b.endsAt().isAfter(b.startsAt()));
  }

  private record Totals(
      long sites, long persons, long figures, long events, long participants, long assessments) {}

  /** Checks every site's details against the domain's invariants and sums them. */
  private static Totals check(SyntheticPlan plan, SyntheticSize size) {
    List<Site> sites = plan.sites();
    assertEquals(size.kampungKb(), sites.size());
    assertEquals(sites.size(), sites.stream().map(Site::villageCode).distinct().count());
    Map<String, Integer> regencyModels = new HashMap<>();
    Set<String> provinceModels = new HashSet<>();
    long persons = 0;
    long figures = 0;
    long events = 0;
    long participants = 0;
    long assessments = 0;
    for (Site site : sites) {
      assertTrue(plan.sites().get(site.index()) == site);
      assertTrue(!site.declared().isBefore(LocalDate.of(2016, 1, 1)));
      assertTrue(site.declared().isBefore(LocalDate.of(2025, 1, 1)));
      if (site.model() == ModelStatus.REGENCY_MODEL) {
        assertEquals(1, regencyModels.merge(site.regencyCode(), 1, Integer::sum));
      }
      if (site.model() == ModelStatus.PROVINCE_MODEL) {
        assertTrue(provinceModels.add(site.provinceCode()));
      }
      SiteDetails d = SiteDetails.of(site, plan.seed());
      persons += d.people().size();
      assertEquals(SyntheticSize.PERSONS_PER_KAMPUNG_KB, d.people().size());
      assertEquals(SyntheticSize.MONTHS, d.figures().size());
      YearMonth month = SiteDetails.FIRST_MONTH;
      for (Map.Entry<YearMonth, Figures> f : d.figures().entrySet()) {
        assertEquals(month, f.getKey());
        assertTrue(f.getValue().users() <= f.getValue().pus());
        month = month.plusMonths(1);
      }
      figures += d.figures().size();
      for (PlannedEvent e : d.events()) {
        assertEquals(2025, e.startsAt().getYear());
        assertTrue(e.endsAt().isAfter(e.startsAt()));
        assertTrue(e.startsAt().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue());
        assertNotEquals(LocalDate.of(2025, 7, 1), e.startsAt().toLocalDate());
        assertEquals(
            SyntheticSize.PARTICIPANTS_PER_EVENT,
            d.people().size() + e.guests().size(),
            "participants of an event");
        assertEquals(SyntheticSize.PARTICIPANTS_PER_EVENT, e.presence().size());
        participants += e.presence().size();
      }
      events += d.events().size();
      assertEquals(site.events(), d.events().size());
      PlannedAssessment a = d.assessment();
      if (site.assessmentStatus() == null) {
        assertNull(a);
      } else {
        assessments++;
        assertTrue(a.assessors().size() >= 2);
        assertEquals(a.assessors().size(), a.assessors().stream().distinct().count());
        assertTrue(a.assessors().stream().allMatch(u -> u.length() <= 50));
        assertTrue(
            a.status() == AssessmentStatus.DRAFT
                ? a.submitted() < a.assessors().size()
                : a.submitted() == a.assessors().size());
        for (int j = 0; j < a.assessors().size(); j++) {
          for (int i = 0; i < 9; i++) {
            assertTrue(a.level(j, i) >= 1 && a.level(j, i) <= 4);
          }
        }
        assertTrue(a.interview().isAfter(a.paperReview()));
        assertTrue(a.fieldVisit().isAfter(a.interview()));
      }
    }
    assertEquals(plan.events(), events);
    return new Totals(sites.size(), persons, figures, events, participants, assessments);
  }
}
