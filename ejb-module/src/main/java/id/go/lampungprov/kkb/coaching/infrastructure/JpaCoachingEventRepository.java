package id.go.lampungprov.kkb.coaching.infrastructure;

import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.EventPhoto;
import id.go.lampungprov.kkb.coaching.domain.EventSearch;
import id.go.lampungprov.kkb.coaching.domain.FollowUp;
import id.go.lampungprov.kkb.coaching.domain.FollowUpStatus;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCoachingEventRepository extends JpaRepository implements CoachingEventRepository {

  @Override
  public Optional<CoachingEvent> find(long id) {
    return byId(CoachingEvent.class, id);
  }

  @Override
  public Page<CoachingEvent> search(EventSearch s) {
    // The service narrowed the region to the caller's scope; none left means the whole country
    // (a national caller), which the empty prefix matches.
    String prefix = s.region().map(RegionCode::value).orElse("");
    PagedQuery<CoachingEvent> q =
        PagedQuery.of(CoachingEvent.class, "e").within("e.schedule.venueVillage", prefix);
    s.type().ifPresent(v -> q.and("e.type = :type", "type", v));
    s.status().ifPresent(v -> q.and("e.lifecycle.status = :status", "status", v));
    s.kampungKbId()
        .ifPresent(v -> q.and("EXISTS (SELECT t FROM e.targets t WHERE t.id = :kkb)", "kkb", v));
    s.from().ifPresent(v -> q.and("e.schedule.startsAt >= :from", "from", v.atStartOfDay()));
    s.to().ifPresent(v -> q.and("e.schedule.startsAt < :to", "to", v.plusDays(1).atStartOfDay()));
    return q.page(em, "e.schedule.startsAt DESC, e.id DESC", s.page());
  }

  @Override
  public Page<Participant> participants(EventSearch s) {
    return participantQuery(s).page(em, "p.id", s.page());
  }

  @Override
  public List<Participant> participantsAfter(EventSearch s, long afterId, int limit) {
    return participantQuery(s).and("p.id > :afterId", "afterId", afterId).first(em, "p.id", limit);
  }

  /** The event conditions of {@link #search}, on the participant's event. */
  private PagedQuery<Participant> participantQuery(EventSearch s) {
    String prefix = s.region().map(RegionCode::value).orElse("");
    PagedQuery<Participant> q =
        PagedQuery.of(Participant.class, "p").within("p.event.schedule.venueVillage", prefix);
    s.type().ifPresent(v -> q.and("p.event.type = :type", "type", v));
    s.status().ifPresent(v -> q.and("p.event.lifecycle.status = :status", "status", v));
    s.kampungKbId()
        .ifPresent(
            v ->
                q.and(
                    "EXISTS (SELECT ev FROM CoachingEvent ev JOIN ev.targets t"
                        + " WHERE ev = p.event AND t.id = :kkb)",
                    "kkb",
                    v));
    s.from().ifPresent(v -> q.and("p.event.schedule.startsAt >= :from", "from", v.atStartOfDay()));
    s.to()
        .ifPresent(
            v -> q.and("p.event.schedule.startsAt < :to", "to", v.plusDays(1).atStartOfDay()));
    // A chunk's events and persons in one query each, not one per row.
    return q.batch("event").batch("person");
  }

  @Override
  public void add(CoachingEvent event) {
    persistNow(event);
  }

  @Override
  public List<Participant> participants(CoachingEvent event) {
    return em.createNamedQuery(Participant.FIND_BY_EVENT, Participant.class)
        .setParameter("event", event)
        .getResultList();
  }

  @Override
  public Optional<Participant> findParticipant(long id) {
    return byId(Participant.class, id);
  }

  @Override
  public void add(Participant participant) {
    em.persist(participant);
  }

  @Override
  public void remove(Participant participant) {
    em.remove(participant);
  }

  @Override
  public List<FollowUp> followUps(CoachingEvent event) {
    return PagedQuery.of(FollowUp.class, "f")
        .and("f.event = :event", "event", event)
        .all(em, "f.dueDate, f.id");
  }

  @Override
  public Optional<FollowUp> findFollowUp(long id) {
    return byId(FollowUp.class, id);
  }

  @Override
  public void add(FollowUp followUp) {
    persistNow(followUp);
  }

  @Override
  public List<EventPhoto> photos(CoachingEvent event) {
    return em.createNamedQuery(EventPhoto.FIND_BY_EVENT, EventPhoto.class)
        .setParameter("event", event)
        .getResultList();
  }

  @Override
  public Optional<EventPhoto> findPhoto(long id) {
    return byId(EventPhoto.class, id);
  }

  @Override
  public void add(EventPhoto photo) {
    persistNow(photo);
  }

  @Override
  public void remove(EventPhoto photo) {
    em.remove(photo);
    em.flush();
  }

  @Override
  public List<FollowUp> overdue(String regionCode, LocalDate today) {
    return PagedQuery.of(FollowUp.class, "f")
        .and("f.status = :open", "open", FollowUpStatus.OPEN)
        .and("f.dueDate < :today", "today", today)
        .within("f.event.schedule.venueVillage", regionCode)
        .all(em, "f.dueDate, f.id");
  }
}
