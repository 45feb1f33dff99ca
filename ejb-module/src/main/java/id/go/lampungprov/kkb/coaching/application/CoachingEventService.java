package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.AgendaItem;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.EventDetails;
import id.go.lampungprov.kkb.coaching.domain.EventSearch;
import id.go.lampungprov.kkb.coaching.domain.EventType;
import id.go.lampungprov.kkb.coaching.domain.Minutes;
import id.go.lampungprov.kkb.coaching.domain.Official;
import id.go.lampungprov.kkb.coaching.domain.ReportDraft;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.KampungKbService;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Planning an event and moving it through its life: held, reported, cancelled, reopened. */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class CoachingEventService {

  static final String ENTITY = "CoachingEvent";
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** What staff type about an event; agencies and Kampung KB by id. */
  public record EventData(
      EventType type,
      String title,
      Long leadAgencyId,
      List<Long> coOrganiserIds,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String venue,
      RegionCode venueVillage,
      List<Long> targetKampungKbIds,
      String budgetSource,
      Integer quota,
      String healthProtocol) {}

  @Inject private CoachingEventRepository events;
  @Inject private AgencyRepository agencies;
  @Inject private ScopeGuard scopeGuard;
  @EJB private KampungKbService registry;
  @EJB private RegionService regions;

  private final Clock clock = Clock.system(JAKARTA);

  public CoachingEvent plan(EventData data) {
    EventDetails details = details(data);
    CoachingEvent event = new CoachingEvent(details, LocalDateTime.now(clock));
    events.add(event);
    return event;
  }

  public CoachingEvent update(long id, Long expectedVersion, EventData data) {
    CoachingEvent event = writable(id, expectedVersion);
    event.change(details(data));
    events.flush();
    return event;
  }

  @RolesAllowed(Role.Names.STAFF)
  public CoachingEvent get(long id) {
    return scopeGuard.readable(events.find(id), e -> e.schedule().venueVillage(), ENTITY, id);
  }

  @RolesAllowed(Role.Names.STAFF)
  public Page<CoachingEvent> search(EventSearch search) {
    return scopeGuard
        .visibleArea(search.region())
        .map(area -> events.search(search.withRegion(area.region())))
        .orElseGet(() -> new Page<>(List.of(), 0, search.page().page(), search.page().size()));
  }

  public CoachingEvent replaceAgenda(long id, Long expectedVersion, List<AgendaItem> agenda) {
    CoachingEvent event = writable(id, expectedVersion);
    event.replaceAgenda(agenda);
    events.flush();
    return event;
  }

  public CoachingEvent replaceOfficials(long id, Long expectedVersion, List<Official> officials) {
    CoachingEvent event = writable(id, expectedVersion);
    event.replaceOfficials(officials);
    events.flush();
    return event;
  }

  public CoachingEvent recordMinutes(
      long id, Long expectedVersion, Minutes minutes, String outcome) {
    CoachingEvent event = writable(id, expectedVersion);
    event.recordMinutes(minutes, outcome);
    events.flush();
    return event;
  }

  public CoachingEvent recordReportDraft(long id, Long expectedVersion, ReportDraft draft) {
    CoachingEvent event = writable(id, expectedVersion);
    event.recordReportDraft(draft);
    events.flush();
    return event;
  }

  public CoachingEvent markHeld(long id, Long expectedVersion) {
    CoachingEvent event = writable(id, expectedVersion);
    event.markHeld(LocalDateTime.now(clock));
    events.flush();
    return event;
  }

  public CoachingEvent markReported(long id, Long expectedVersion) {
    CoachingEvent event = writable(id, expectedVersion);
    event.markReported();
    events.flush();
    return event;
  }

  public CoachingEvent cancel(long id, Long expectedVersion, String reason) {
    CoachingEvent event = writable(id, expectedVersion);
    event.cancel(reason);
    events.flush();
    return event;
  }

  /** Only the province may unfreeze a filed report; the reason is kept and audited. */
  @RolesAllowed(Role.Names.PROVINCE_OFFICER)
  public CoachingEvent reopen(long id, Long expectedVersion, String reason) {
    CoachingEvent event = writable(id, expectedVersion);
    event.reopen(reason);
    events.flush();
    return event;
  }

  /** The event for a change: in scope for writing and, if a version is given, unchanged. */
  public CoachingEvent writable(long id, Long expectedVersion) {
    CoachingEvent event = get(id);
    scopeGuard.checkWrite(event.schedule().venueVillage());
    StaleVersionException.checkAt(expectedVersion, event.version(), "event " + id);
    return event;
  }

  private EventDetails details(EventData d) {
    if (d.venueVillage() != null) {
      if (regions.findRegion(d.venueVillage()).isEmpty()) {
        throw new InvalidInputException(
            "venueVillage", "unknown-region", "no village " + d.venueVillage() + " is loaded");
      }
      scopeGuard.checkWrite(d.venueVillage());
    }
    List<KampungKb> targets =
        d.targetKampungKbIds() == null
            ? List.of()
            : d.targetKampungKbIds().stream().distinct().map(this::target).toList();
    return new EventDetails(
        d.type(),
        d.title(),
        d.leadAgencyId() == null ? null : agency("leadAgencyId", d.leadAgencyId()),
        d.coOrganiserIds() == null
            ? List.of()
            : d.coOrganiserIds().stream().map(a -> agency("coOrganiserIds", a)).toList(),
        d.startsAt(),
        d.endsAt(),
        d.venue(),
        d.venueVillage(),
        targets,
        d.budgetSource(),
        d.quota() == null ? 0 : d.quota(),
        d.healthProtocol());
  }

  private KampungKb target(long id) {
    try {
      return registry.writable(id, null);
    } catch (EntityNotFoundException e) {
      throw new InvalidInputException(
          "targetKampungKbIds", "unknown-kampung-kb", "no Kampung KB " + id + " in your scope");
    }
  }

  private Agency agency(String field, long id) {
    return agencies
        .find(id)
        .orElseThrow(() -> new InvalidInputException(field, "unknown-agency", "no agency " + id));
  }
}
