package id.go.lampungprov.kkb.synthetic.application;

import id.go.lampungprov.kkb.assessment.application.ClassificationRecomputer;
import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.AssessmentCategory;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStatus;
import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.ClassificationInput;
import id.go.lampungprov.kkb.assessment.domain.CoeDesignation;
import id.go.lampungprov.kkb.assessment.domain.Instrument;
import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.CheckInChannel;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.EventDetails;
import id.go.lampungprov.kkb.coaching.domain.EventType;
import id.go.lampungprov.kkb.coaching.domain.Minutes;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryDetails;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryDetails.Holder;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.Term;
import id.go.lampungprov.kkb.synthetic.application.SiteDetails.BenchmarkEvent;
import id.go.lampungprov.kkb.synthetic.application.SyntheticPlan.Site;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes chunks of the synthetic plan, each in its own transaction, through the entity constructors
 * (the invariants the services rely on). Classifications are computed here with the application's
 * rule set from the profile and the last month's figures, as the recomputer would.
 */
@Stateless
@PermitAll
public class SyntheticWriter {

  static final String DESCRIPTION = "Data sintetis (KKB_SYNTHETIC_DATA)";
  static final String INSTRUMENT_CODE = "COE-KKB";

  @PersistenceContext private EntityManager em;
  @Inject private ClassificationRecomputer recomputer;

  /** What every chunk refers to: agency ids by code and the published default instrument. */
  public record References(Map<String, Long> agencies, long instrumentId) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public References references() {
    Map<String, Long> agencies = new HashMap<>();
    em.createNamedQuery(Agency.FIND_ALL, Agency.class)
        .getResultList()
        .forEach(a -> agencies.put(a.code(), a.id()));
    Instrument instrument =
        em
            .createQuery(
                "SELECT i FROM Instrument i WHERE i.code = :code AND i.published = TRUE"
                    + " ORDER BY i.revision DESC",
                Instrument.class)
            .setParameter("code", INSTRUMENT_CODE)
            .setMaxResults(1)
            .getResultList()
            .stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no published " + INSTRUMENT_CODE));
    return new References(agencies, instrument.id());
  }

  /** Writes these sites with everything they own; flushes and clears the context at the end. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SyntheticCounts write(List<Site> sites, long seed, References refs) {
    Instant now = Instant.now();
    Instrument instrument = em.find(Instrument.class, refs.instrumentId());
    Map<String, Agency> agencies = new HashMap<>();
    long persons = 0;
    long figures = 0;
    long events = 0;
    long participants = 0;
    long assessments = 0;
    long scores = 0;
    long designations = 0;
    for (Site site : sites) {
      SiteDetails d = SiteDetails.of(site, seed);
      KampungKb kkb =
          new KampungKb(
              RegionCode.of(site.villageCode()),
              new KampungKb.Details(
                  site.name(), null, site.declared(), DESCRIPTION, null, Set.of()),
              site.model(),
              now);
      em.persist(kkb);
      List<Person> people = people(kkb, d, site, now);
      persons += people.size();
      em.persist(new KampungKbProfile(kkb, site.declared(), d.profile(), now));
      for (Map.Entry<YearMonth, Figures> f : d.figures().entrySet()) {
        em.persist(
            new MonthlyFigures(
                kkb,
                f.getKey(),
                f.getValue(),
                DemoRegistryDetails.reportedAt(site.villageCode(), f.getKey())));
        figures++;
      }
      classify(kkb, d, now);
      for (SiteDetails.PlannedEvent p : d.events()) {
        SyntheticEntities.BuiltEvent built =
            SyntheticEntities.event(
                p, kkb, d.people(), people, code -> agency(agencies, refs, code));
        em.persist(built.event());
        built.participants().forEach(em::persist);
        events++;
        participants += built.participants().size();
      }
      if (d.assessment() != null) {
        Assessment a = SyntheticEntities.assessment(d.assessment(), kkb, instrument);
        em.persist(a);
        assessments++;
        scores += (long) d.assessment().assessors().size() * instrument.indicators().size();
        if (a.status() == AssessmentStatus.APPROVED
            && a.category().orElse(null) == AssessmentCategory.COE) {
          em.persist(new CoeDesignation(a, d.assessment().decided(), CoeDesignation.DEFAULT_YEARS));
          designations++;
        }
      }
    }
    em.flush();
    em.clear();
    int n = sites.size();
    return new SyntheticCounts(
        n,
        persons,
        persons,
        n,
        figures,
        n,
        events,
        participants,
        assessments,
        scores,
        designations);
  }

  private List<Person> people(KampungKb kkb, SiteDetails d, Site site, Instant now) {
    Term term = new Term(site.declared(), null);
    List<Person> people = new ArrayList<>();
    for (Holder h : d.people()) {
      Person person = new Person(kkb.village(), h.fullName(), h.sex(), null, null, now);
      em.persist(person);
      em.persist(
          h.pokjaRole() != null
              ? new PokjaMember(kkb, person, h.pokjaRole(), term, d.profile().pokjaTrained())
              : new Cadre(kkb, person, h.cadreType(), term));
      people.add(person);
    }
    return people;
  }

  /** The class from the active profile and the latest month, no cross-sector agencies yet. */
  private void classify(KampungKb kkb, SiteDetails d, Instant now) {
    YearMonth last = SiteDetails.FIRST_MONTH.plusMonths(SyntheticSize.MONTHS - 1L);
    var result =
        recomputer
            .rules()
            .classify(
                new ClassificationInput(
                    Optional.of(d.profile()),
                    Optional.of(last),
                    Optional.of(d.figures().get(last)),
                    0));
    em.persist(
        new Classification(
            kkb, Optional.of(last), result, LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
  }

  private Agency agency(Map<String, Agency> cache, References refs, String code) {
    return cache.computeIfAbsent(
        code,
        c ->
            em.find(
                Agency.class,
                java.util.Objects.requireNonNull(refs.agencies().get(c), "no agency " + c)));
  }

  /**
   * The benchmark event: created as planned with the largest quota the domain allows, widened to
   * 3,000 in the database (the only place synthetic data steps past a rule: {@link
   * EventDetails#MAX_QUOTA} keeps staff from planning such an event), then filled, all present.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SyntheticCounts writeBenchmark(BenchmarkEvent b, long seed, References refs) {
    KampungKb kkb =
        em.createNamedQuery(KampungKb.FIND_ACTIVE_IN_VILLAGE, KampungKb.class)
            .setParameter("village", b.host().villageCode())
            .getSingleResult();
    Map<String, Agency> agencies = new HashMap<>();
    CoachingEvent event =
        new CoachingEvent(
            new EventDetails(
                EventType.COE_COACHING,
                b.title(),
                agency(agencies, refs, "DPPPA"),
                List.of(agency(agencies, refs, "BKKBN")),
                b.startsAt(),
                b.endsAt(),
                b.venue(),
                kkb.village(),
                List.of(kkb),
                "APBD Provinsi Lampung",
                EventDetails.MAX_QUOTA,
                null),
            b.startsAt().minusDays(30));
    em.persist(event);
    em.flush();
    em.createNativeQuery("UPDATE coaching_event SET quota = ? WHERE id = ?")
        .setParameter(1, SyntheticSize.BENCHMARK_PARTICIPANTS)
        .setParameter(2, event.id())
        .executeUpdate();
    em.refresh(event);
    SiteDetails d = SiteDetails.of(b.host(), seed);
    List<Person> people =
        em.createQuery(
                "SELECT m.person FROM PokjaMember m WHERE m.kampungKb = :k ORDER BY m.id",
                Person.class)
            .setParameter("k", kkb)
            .getResultList();
    people = new ArrayList<>(people);
    people.addAll(
        em.createQuery(
                "SELECT c.person FROM Cadre c WHERE c.kampungKb = :k ORDER BY c.id", Person.class)
            .setParameter("k", kkb)
            .getResultList());
    List<Participant> invited =
        SyntheticEntities.invite(event, kkb, d.people(), people, b.guests());
    for (int i = 0; i < invited.size(); i++) {
      Participant p = invited.get(i);
      p.record(Attendance.PRESENT, CheckInChannel.STAFF, b.startsAt().minusMinutes(i % 60));
      em.persist(p);
    }
    event.markHeld(b.endsAt());
    event.recordMinutes(
        new Minutes(
            "Kepala Dinas PPPA Provinsi Lampung",
            "Sekretaris Pokja " + kkb.name(),
            "Rapat koordinasi kader Kampung KB se-Provinsi Lampung (data sintetis untuk uji"
                + " kinerja Laporan Kegiatan).",
            "Kader memperbarui data keluarga dan melaporkan kegiatan bulanan."),
        "Seluruh " + invited.size() + " peserta hadir.");
    event.markReported();
    em.flush();
    em.clear();
    return new SyntheticCounts(0, 0, 0, 0, 0, 0, 1, invited.size(), 0, 0, 0);
  }
}
