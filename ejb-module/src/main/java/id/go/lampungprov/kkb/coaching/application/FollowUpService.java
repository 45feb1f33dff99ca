package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.FollowUp;
import id.go.lampungprov.kkb.coaching.domain.FollowUpStatus;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Follow-up actions agreed at events, and the list of those overdue. */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class FollowUpService {

  @Inject private CoachingEventRepository events;
  @Inject private ScopeGuard scopeGuard;
  @EJB private CoachingEventService eventService;

  private final Clock clock = Clock.system(CoachingEventService.JAKARTA);

  public FollowUp add(long eventId, String action, String owner, LocalDate dueDate) {
    CoachingEvent event = eventService.writable(eventId, null);
    FollowUp followUp = new FollowUp(event, action, owner, dueDate);
    events.add(followUp);
    return followUp;
  }

  /** Closes (or reopens) a follow-up; allowed after the event is reported: it is tracking. */
  public FollowUp close(
      long eventId, long followUpId, Long expectedVersion, FollowUpStatus status) {
    CoachingEvent event = eventService.get(eventId);
    scopeGuard.checkWrite(event.schedule().venueVillage());
    FollowUp followUp =
        EventRecords.of(
            event, events.findFollowUp(followUpId), FollowUp::event, "FollowUp", followUpId);
    StaleVersionException.check(expectedVersion, followUp.version(), "follow-up " + followUpId);
    followUp.close(status, LocalDate.now(clock));
    events.flush();
    return followUp;
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<FollowUp> of(long eventId) {
    return events.followUps(eventService.get(eventId));
  }

  /** Open follow-ups past their due date, at events within the caller's scope. */
  @RolesAllowed(Role.Names.STAFF)
  public List<FollowUp> overdue() {
    return events.overdue(scopeGuard.scope().prefix(), LocalDate.now(clock));
  }
}
