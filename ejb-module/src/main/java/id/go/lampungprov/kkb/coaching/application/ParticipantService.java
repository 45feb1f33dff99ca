package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.AttendanceTotals;
import id.go.lampungprov.kkb.coaching.domain.CheckInChannel;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.EventSearch;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.coaching.domain.ParticipantCategory;
import id.go.lampungprov.kkb.registration.application.PersonService;
import id.go.lampungprov.kkb.registration.application.PokjaService;
import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import id.go.lampungprov.kkb.shared.domain.Phone;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invitations (from the registry or on the day) and attendance recorded by staff. The quota and
 * "nobody twice" are checked here and again by the database.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class ParticipantService {

  @Inject private CoachingEventRepository events;
  @EJB private CoachingEventService eventService;
  @EJB private PersonService persons;
  @EJB private PokjaService pokja;
  @Inject private ScopeGuard scopeGuard;

  private final Clock clock = Clock.system(CoachingEventService.JAKARTA);

  /** Someone not in the registry, typed in on the day. */
  public record WalkIn(
      String fullName, Sex sex, String phone, ParticipantCategory category, String affiliation) {}

  public Participant invite(
      long eventId, long personId, ParticipantCategory category, String affiliation) {
    CoachingEvent event = eventService.writable(eventId, null);
    Person person = person(personId);
    List<Participant> invited = events.participants(event);
    return add(invited, participant(event, person, category, affiliation));
  }

  /**
   * Invites the current Pokja and cadres of a Kampung KB, each person once (a person who is both
   * counts as Pokja). All or nothing: if the quota cannot take them all, nobody is invited.
   */
  public List<Participant> inviteFromRegistry(long eventId, long kampungKbId) {
    CoachingEvent event = eventService.writable(eventId, null);
    if (event.targets().stream().noneMatch(k -> k.id() == kampungKbId)) {
      throw new InvalidInputException(
          "kampungKbId",
          "event-target",
          "Kampung KB " + kampungKbId + " is not a target of the event");
    }
    Map<Long, Participant> candidates = new LinkedHashMap<>();
    for (PokjaMember m : pokja.pokja(kampungKbId)) {
      if (m.term().isOpen() && !m.person().erased()) {
        candidates.putIfAbsent(
            m.person().id(),
            participant(event, m.person(), ParticipantCategory.POKJA, label(m, m.kampungKb())));
      }
    }
    for (Cadre c : pokja.cadres(kampungKbId)) {
      if (c.term().isOpen() && !c.person().erased()) {
        candidates.putIfAbsent(
            c.person().id(),
            participant(event, c.person(), ParticipantCategory.CADRE, label(c, c.kampungKb())));
      }
    }
    List<Participant> invited = events.participants(event);
    List<Participant> added = new ArrayList<>();
    for (Participant p : candidates.values()) {
      boolean already =
          invited.stream()
              .anyMatch(i -> i.person() != null && i.person().id().equals(p.person().id()));
      if (already) {
        p.withdraw();
      } else {
        added.add(add(invited, p));
      }
    }
    return added;
  }

  public Participant addWalkIn(long eventId, WalkIn w) {
    CoachingEvent event = eventService.writable(eventId, null);
    Participant p =
        new Participant(
            event, null, w.fullName(), w.sex(), w.phone(), w.category(), w.affiliation());
    return add(events.participants(event), p);
  }

  public void withdraw(long eventId, long participantId) {
    Participant p = participantOf(eventService.writable(eventId, null), participantId);
    p.withdraw();
    events.remove(p);
    events.flush();
  }

  public Participant record(long eventId, long participantId, Attendance attendance) {
    Participant p = participantOf(eventService.writable(eventId, null), participantId);
    p.record(attendance, CheckInChannel.STAFF, LocalDateTime.now(clock));
    events.flush();
    return p;
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<Participant> participants(long eventId) {
    return events.participants(eventService.get(eventId));
  }

  /** Participants of the matching events within the caller's scope, by id (the list of all). */
  @RolesAllowed(Role.Names.STAFF)
  public Page<Participant> search(EventSearch search) {
    return scopeGuard
        .visibleArea(search.region())
        .map(area -> events.participants(search.withRegion(area.region())))
        .orElseGet(() -> new Page<>(List.of(), 0, search.page().page(), search.page().size()));
  }

  /** The same list, the next chunk after {@code afterId}, for an export. */
  @RolesAllowed(Role.Names.STAFF)
  public List<Participant> searchAfter(EventSearch search, long afterId, int limit) {
    return scopeGuard
        .visibleArea(search.region())
        .map(
            area ->
                events.participantsAfter(
                    search.withRegion(area.region()),
                    afterId,
                    Math.min(limit, PageRequest.MAX_SIZE)))
        .orElseGet(List::of);
  }

  @RolesAllowed(Role.Names.STAFF)
  public AttendanceTotals totals(long eventId) {
    return AttendanceTotals.of(participants(eventId));
  }

  private Participant add(List<Participant> invited, Participant p) {
    for (Participant other : invited) {
      if (p.person() != null
          && other.person() != null
          && other.person().id().equals(p.person().id())) {
        throw new ConflictException(
            "personId", "once-per-event", p.fullName() + " is already invited");
      }
      if (p.phoneKey() != null && p.phoneKey().equals(other.phoneKey())) {
        throw new ConflictException(
            "phone", "once-per-event", "phone " + p.phone() + " is already on the list");
      }
    }
    events.add(p);
    invited.add(p);
    events.flush();
    return p;
  }

  private static Participant participant(
      CoachingEvent event, Person person, ParticipantCategory category, String affiliation) {
    return new Participant(
        event,
        person,
        person.fullName(),
        person.sex(),
        person.phone().orElse(null),
        category,
        affiliation);
  }

  private Person person(long personId) {
    Person person = persons.get(personId);
    if (person.erased()) {
      throw new InvalidInputException("personId", "erased", "this person's data has been erased");
    }
    return person;
  }

  private Participant participantOf(CoachingEvent event, long participantId) {
    return EventRecords.of(
        event,
        events.findParticipant(participantId),
        Participant::event,
        "Participant",
        participantId);
  }

  private static String label(PokjaMember m, KampungKb kkb) {
    return RoleLabels.of(m.role()) + " " + kkb.name();
  }

  private static String label(Cadre c, KampungKb kkb) {
    return RoleLabels.of(c.type()) + " " + kkb.name();
  }

  /** A phone typed on a form, as the participant list stores it for matching. */
  static String phoneKey(String typed) {
    return Phone.key(Phone.normalize("phone", typed));
  }
}
