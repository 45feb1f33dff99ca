package id.go.lampungprov.kkb.synthetic.application;

import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.AssessmentSchedule;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStatus;
import id.go.lampungprov.kkb.assessment.domain.Instrument;
import id.go.lampungprov.kkb.assessment.domain.InstrumentIndicator;
import id.go.lampungprov.kkb.assessment.domain.Reviewer;
import id.go.lampungprov.kkb.assessment.domain.TeamMember;
import id.go.lampungprov.kkb.coaching.application.RoleLabels;
import id.go.lampungprov.kkb.coaching.domain.AgendaItem;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.EventDetails;
import id.go.lampungprov.kkb.coaching.domain.Minutes;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.coaching.domain.ParticipantCategory;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryDetails.Holder;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.synthetic.application.SiteDetails.Guest;
import id.go.lampungprov.kkb.synthetic.application.SiteDetails.PlannedAssessment;
import id.go.lampungprov.kkb.synthetic.application.SiteDetails.PlannedEvent;
import id.go.lampungprov.kkb.synthetic.application.SiteDetails.Presence;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns planned events and assessments into entities through their constructors and state changes,
 * in memory and in final state before anything is persisted: one INSERT (and one audit row) per
 * entity, no UPDATE after it.
 */
final class SyntheticEntities {

  /** A built event and its participants, to persist in this order. */
  record BuiltEvent(CoachingEvent event, List<Participant> participants) {}

  /** Synthetic approvals are the province's, by nobody on a team. */
  private static final Reviewer SYNTHETIC_REVIEWER =
      new Reviewer("synthetic-reviewer", RegionLevel.PROVINCE);

  private SyntheticEntities() {}

  static BuiltEvent event(
      PlannedEvent p,
      KampungKb kkb,
      List<Holder> holders,
      List<Person> persons,
      Function<String, Agency> agencies) {
    Agency lead = agencies.apply(p.leadAgency());
    CoachingEvent event =
        new CoachingEvent(
            new EventDetails(
                p.type(),
                p.title(),
                lead,
                p.coOrganisers().stream().map(agencies).toList(),
                p.startsAt(),
                p.endsAt(),
                p.venue(),
                kkb.village(),
                List.of(kkb),
                lead.code().equals("DPPPA") ? "APBD Provinsi Lampung" : "APBD Kabupaten/Kota",
                SyntheticSize.PARTICIPANTS_PER_EVENT,
                null),
            p.startsAt().minusDays(14));
    event.replaceAgenda(
        List.of(
            new AgendaItem(p.startsAt().toLocalTime(), "Pembukaan", "Kepala Desa"),
            new AgendaItem(
                p.startsAt().toLocalTime().plusMinutes(30),
                SiteDetails.title(p.type()) + " Kampung KB",
                "OPD KB Kabupaten/Kota"),
            new AgendaItem(
                p.startsAt().toLocalTime().plusMinutes(150), "Diskusi dan tindak lanjut", null)));
    List<Participant> participants = invite(event, kkb, holders, persons, p.guests());
    for (int i = 0; i < participants.size(); i++) {
      Presence presence = p.presence().get(i);
      participants
          .get(i)
          .record(
              presence.attendance(),
              presence.channel(),
              p.startsAt().minusMinutes(presence.minutesBeforeStart()));
    }
    event.markHeld(p.endsAt());
    if (p.reported()) {
      event.recordMinutes(
          new Minutes(
              holders.get(1).fullName(),
              holders.get(2).fullName(),
              "Pokja dan kader membahas capaian program Kampung KB, data keluarga terbaru dan"
                  + " kendala pelayanan KB di desa.",
              "Pokja memperbarui data keluarga dan menyusun rencana kegiatan bulan berikutnya."),
          "Kegiatan terlaksana; peserta memahami materi dan menyepakati tindak lanjut.");
      event.markReported();
    }
    return new BuiltEvent(event, participants);
  }

  /** The registry persons first (Pokja, then cadres), then the guests. */
  static List<Participant> invite(
      CoachingEvent event,
      KampungKb kkb,
      List<Holder> holders,
      List<Person> persons,
      List<Guest> guests) {
    List<Participant> invited = new ArrayList<>();
    for (int i = 0; i < holders.size(); i++) {
      Holder h = holders.get(i);
      Person person = persons.get(i);
      boolean pokja = h.pokjaRole() != null;
      invited.add(
          new Participant(
              event,
              person,
              person.fullName(),
              person.sex(),
              null,
              pokja ? ParticipantCategory.POKJA : ParticipantCategory.CADRE,
              (pokja ? RoleLabels.of(h.pokjaRole()) : RoleLabels.of(h.cadreType()))
                  + " "
                  + kkb.name()));
    }
    for (Guest g : guests) {
      invited.add(
          new Participant(event, null, g.fullName(), g.sex(), null, g.category(), g.affiliation()));
    }
    return invited;
  }

  /** Scored by the whole jury, handed in, then taken as far through the workflow as planned. */
  static Assessment assessment(PlannedAssessment p, KampungKb kkb, Instrument instrument) {
    List<TeamMember> team = new ArrayList<>();
    for (int a = 0; a < p.assessors().size(); a++) {
      team.add(new TeamMember(p.assessors().get(a), a == 0));
    }
    Assessment assessment =
        new Assessment(
            kkb,
            instrument,
            String.valueOf(p.paperReview().getYear()),
            p.stage(),
            team,
            new AssessmentSchedule(p.paperReview(), p.interview(), p.fieldVisit()),
            p.paperReview().minusDays(14).atTime(9, 0));
    List<InstrumentIndicator> indicators = instrument.indicators();
    LocalDateTime scored = p.fieldVisit().atTime(14, 0);
    for (int a = 0; a < p.assessors().size(); a++) {
      for (int i = 0; i < indicators.size(); i++) {
        assessment.score(
            p.assessors().get(a), indicators.get(i).code(), p.level(a, i), null, scored);
      }
    }
    for (int a = 0; a < p.submitted(); a++) {
      assessment.submitScores(p.assessors().get(a), scored.plusHours(2));
    }
    if (p.status() != AssessmentStatus.DRAFT) {
      assessment.submit(p.assessors().get(0));
    }
    if (p.status() == AssessmentStatus.VERIFIED || p.status() == AssessmentStatus.APPROVED) {
      assessment.verify(SYNTHETIC_REVIEWER);
    }
    if (p.status() == AssessmentStatus.APPROVED) {
      assessment.approve(SYNTHETIC_REVIEWER);
    }
    return assessment;
  }
}
