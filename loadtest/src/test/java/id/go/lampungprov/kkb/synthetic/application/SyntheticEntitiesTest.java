package id.go.lampungprov.kkb.synthetic.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.AssessorScore;
import id.go.lampungprov.kkb.assessment.domain.Instrument;
import id.go.lampungprov.kkb.assessment.domain.InstrumentIndicator;
import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.EventStatus;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyLevel;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.synthetic.application.SyntheticPlan.Site;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Builds the events and assessments of the whole Lampung plan in memory, as the writer does, so
 * every constructor check and workflow transition is exercised without a database.
 */
class SyntheticEntitiesTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void everyPlannedEventAndAssessmentPassesTheDomainRules() {
    SyntheticPlan plan =
        SyntheticPlan.of(SyntheticSize.LAMPUNG, 2026, GazetteerIndex.villagesOf("18"));
    Instrument instrument = instrument();
    int events = 0;
    int present = 0;
    int assessments = 0;
    for (Site site : plan.sites()) {
      SiteDetails d = SiteDetails.of(site, plan.seed());
      KampungKb kkb =
          new KampungKb(
              RegionCode.of(site.villageCode()),
              new KampungKb.Details(site.name(), null, site.declared(), "x", null, Set.of()),
              site.model(),
              NOW);
      List<Person> people = new ArrayList<>();
      d.people()
          .forEach(
              h -> people.add(new Person(kkb.village(), h.fullName(), h.sex(), null, null, NOW)));
      for (SiteDetails.PlannedEvent p : d.events()) {
        SyntheticEntities.BuiltEvent built =
            SyntheticEntities.event(p, kkb, d.people(), people, SyntheticEntitiesTest::agency);
        assertEquals(
            p.reported() ? EventStatus.REPORTED : EventStatus.HELD, built.event().status());
        assertEquals(20, built.event().capacity().participantCount());
        present +=
            (int)
                built.participants().stream()
                    .map(Participant::attendance)
                    .filter(a -> a == Attendance.PRESENT)
                    .count();
        events++;
      }
      if (d.assessment() != null) {
        Assessment a = SyntheticEntities.assessment(d.assessment(), kkb, instrument);
        assertEquals(d.assessment().status(), a.status());
        for (InstrumentIndicator i : instrument.indicators()) {
          long scored =
              a.scoresVisibleTo(a.team().get(0).username()).stream()
                  .map(AssessorScore::indicator)
                  .filter(i.code()::equals)
                  .count();
          assertTrue(scored >= 1);
        }
        assertEquals(
            a.status() != id.go.lampungprov.kkb.assessment.domain.AssessmentStatus.DRAFT,
            a.total().isPresent());
        assessments++;
      }
    }
    assertEquals(1_150, events);
    assertEquals(115, assessments);
    assertTrue(present > 0.8 * 23_000, "most participants are present: " + present);
  }

  private static Agency agency(String code) {
    return new Agency(code, "Agency " + code, AgencyLevel.PROVINCE);
  }

  static Instrument instrument() {
    int[] weights = {10, 15, 10, 10, 10, 15, 15, 8, 7};
    List<InstrumentIndicator> indicators =
        IntStream.range(0, weights.length)
            .mapToObj(
                i ->
                    new InstrumentIndicator(
                        "Aspek",
                        "I-" + i,
                        "Indikator " + i,
                        weights[i],
                        List.of("1", "2", "3", "4"),
                        null))
            .toList();
    Instrument instrument =
        new Instrument(
            "COE-KKB",
            1,
            "Uji",
            indicators,
            new int[] {85, 70, 55},
            LocalDateTime.of(2025, 1, 1, 0, 0));
    instrument.publish();
    return instrument;
  }
}
