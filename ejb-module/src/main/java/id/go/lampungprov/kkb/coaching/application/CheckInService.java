package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.CheckInChannel;
import id.go.lampungprov.kkb.coaching.domain.CheckInCode;
import id.go.lampungprov.kkb.coaching.domain.CheckInMatch;
import id.go.lampungprov.kkb.coaching.domain.CheckInToken;
import id.go.lampungprov.kkb.coaching.domain.CheckInWindow;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.EventStatus;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.coaching.infrastructure.CheckInKeys;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Self check-in by QR code: staff show the event's signed link as a QR code; a participant opens it
 * on a phone during the event's check-in window, types their own mobile number (or the personal
 * code staff gave them) and is marked present if they are on the invitation list. The signed link,
 * not a login, authorises the check-in, so it only ever marks presence at its own event; failed
 * attempts are throttled ({@link CheckInThrottle}) and the page learns only a masked name.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class CheckInService {

  @Inject private CoachingEventRepository events;
  @Inject private CheckInKeys keys;
  @Inject private CheckInThrottle throttle;
  @EJB private CoachingEventService eventService;
  @Resource private SessionContext context;

  private final Clock clock = Clock.system(CoachingEventService.JAKARTA);

  /** A link to show as a QR code, and when it works (Jakarta time). */
  public record CheckInLink(long eventId, String token, CheckInWindow window) {}

  /**
   * What the check-in page shows about the event before anyone types anything; {@code refusal} is
   * null while check-in is open, else {@code not-yet-open} or {@code closed}.
   */
  public record EventHeading(
      String title, LocalDateTime startsAt, String venue, CheckInWindow window, String refusal) {}

  /** What the page may show after a check-in: a masked name and the time recorded. */
  public record CheckedIn(String maskedName, LocalDateTime at) {}

  public CheckInLink link(long eventId) {
    CoachingEvent event = eventService.writable(eventId, null);
    requireOpen(event);
    return new CheckInLink(
        event.id(), new CheckInToken(event.id()).sign(keys.key()), window(event));
  }

  /**
   * The personal check-in codes of the invitees who need one (no own phone number, or one shared
   * with another invitee), by participant id; empty for roles that do not take attendance.
   */
  @RolesAllowed(Role.Names.STAFF)
  public Map<Long, String> codes(long eventId) {
    CoachingEvent event = eventService.get(eventId);
    if (!context.isCallerInRole(Role.Names.REGENCY_OPERATOR)
        && !context.isCallerInRole(Role.Names.PROVINCE_OFFICER)) {
      return Map.of();
    }
    List<Participant> invitees = events.participants(event);
    byte[] key = keys.key();
    Map<Long, String> codes = new LinkedHashMap<>();
    for (Participant p : invitees) {
      if (CheckInMatch.needsCode(p, invitees)) {
        codes.put(p.id(), CheckInCode.of(key, event.id(), p.id()));
      }
    }
    return codes;
  }

  @PermitAll
  public EventHeading heading(String token) {
    CoachingEvent event = eventOf(CheckInToken.verify(token, keys.key()));
    CheckInWindow window = window(event);
    return new EventHeading(
        event.title(),
        event.schedule().startsAt(),
        event.schedule().venue(),
        window,
        window.refusal(LocalDateTime.now(clock)));
  }

  /**
   * Marks present the invitee whose own mobile number or personal code was typed.
   *
   * @param clientAddress where the request came from, for counting failed attempts
   */
  @PermitAll
  public CheckedIn selfCheckIn(String token, String typed, String clientAddress) {
    throttle.requireAllowed(clientAddress, null, clock.instant());
    CheckInToken read;
    try {
      read = CheckInToken.verify(token, keys.key());
    } catch (InvalidInputException e) {
      throttle.failed(clientAddress, null, clock.instant());
      throw e;
    }
    CoachingEvent event = eventOf(read);
    window(event).require(LocalDateTime.now(clock));
    throttle.requireAllowed(clientAddress, event.id(), clock.instant());
    List<Participant> invitees = events.participants(event);
    byte[] key = keys.key();
    Participant participant;
    try {
      participant =
          CheckInMatch.find(invitees, typed, p -> CheckInCode.of(key, event.id(), p.id()));
    } catch (InvalidInputException e) {
      if (CheckInMatch.NOT_INVITED.equals(e.rule())) {
        throttle.failed(clientAddress, event.id(), clock.instant());
      }
      throw e;
    }
    // A second scan keeps the first arrival time.
    if (participant.attendance() != Attendance.PRESENT || participant.checkedInAt() == null) {
      participant.record(Attendance.PRESENT, CheckInChannel.QR, LocalDateTime.now(clock));
      events.flush();
    }
    return new CheckedIn(participant.maskedName(), participant.checkedInAt());
  }

  private CoachingEvent eventOf(CheckInToken read) {
    CoachingEvent event =
        events
            .find(read.eventId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "token", "tampered", "this check-in link is not valid"));
    requireOpen(event);
    return event;
  }

  /**
   * The window from {@code KKB_CHECKIN_OPENS_MINUTES_BEFORE} (default 60) and the event's times.
   */
  static CheckInWindow window(CoachingEvent event) {
    int before =
        ConfigProvider.getConfig()
            .getOptionalValue("kkb.checkin.opens.minutes.before", Integer.class)
            .orElse(60);
    return CheckInWindow.of(event, Duration.ofMinutes(Math.max(0, before)));
  }

  private static void requireOpen(CoachingEvent event) {
    if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.REPORTED) {
      throw new ConflictException("status", "check-in-closed", "check-in for this event is closed");
    }
  }
}
