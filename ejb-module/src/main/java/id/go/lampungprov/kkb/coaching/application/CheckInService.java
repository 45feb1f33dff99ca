package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.CheckInChannel;
import id.go.lampungprov.kkb.coaching.domain.CheckInToken;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.EventStatus;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.coaching.infrastructure.CheckInKeys;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Self check-in by QR code: staff show a short-lived signed link as a QR code; a participant opens
 * it on a phone, types name and phone number, and is marked present if they are on the invitation
 * list. The signed link, not a login, authorises the check-in, so it only ever marks presence at
 * its own event.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class CheckInService {

  @Inject private CoachingEventRepository events;
  @Inject private CheckInKeys keys;
  @EJB private CoachingEventService eventService;

  private final Clock clock = Clock.system(CoachingEventService.JAKARTA);

  /** A link to show as a QR code, and when it stops working. */
  public record CheckInLink(long eventId, String token, Instant expiresAt) {}

  /** What the check-in page shows about the event before anyone types anything. */
  public record EventHeading(String title, LocalDateTime startsAt, String venue) {}

  public CheckInLink link(long eventId) {
    CoachingEvent event = eventService.writable(eventId, null);
    requireOpen(event);
    Duration ttl =
        Duration.ofMinutes(
            ConfigProvider.getConfig()
                .getOptionalValue("kkb.checkin.ttl.minutes", Integer.class)
                .orElse(180));
    CheckInToken token = new CheckInToken(event.id(), Instant.now(clock).plus(ttl));
    return new CheckInLink(event.id(), token.sign(keys.key()), token.expiresAt());
  }

  @PermitAll
  public EventHeading heading(String token) {
    CoachingEvent event = eventOf(token);
    return new EventHeading(event.title(), event.startsAt(), event.venue());
  }

  /**
   * Marks the participant present who matches the typed phone number (or, without one, the exact
   * name), and returns them.
   */
  @PermitAll
  public Participant selfCheckIn(String token, String fullName, String phone) {
    CoachingEvent event = eventOf(token);
    String name = fullName == null ? "" : fullName.strip();
    String phoneKey = phone == null || phone.isBlank() ? null : ParticipantService.phoneKey(phone);
    if (name.isEmpty() && phoneKey == null) {
      throw new InvalidInputException("fullName", "required", "type your name and phone number");
    }
    List<Participant> matches =
        events.participants(event).stream().filter(p -> p.matches(name, phoneKey)).toList();
    if (matches.size() != 1) {
      throw new InvalidInputException(
          phoneKey == null ? "fullName" : "phone",
          "not-invited",
          "you are not on the invitation list; please report to the committee desk");
    }
    Participant participant = matches.get(0);
    participant.record(
        id.go.lampungprov.kkb.coaching.domain.Attendance.PRESENT,
        CheckInChannel.QR,
        LocalDateTime.now(clock));
    events.flush();
    return participant;
  }

  private CoachingEvent eventOf(String token) {
    CheckInToken read = CheckInToken.verify(token, keys.key(), Instant.now(clock));
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

  private static void requireOpen(CoachingEvent event) {
    if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.REPORTED) {
      throw new ConflictException("status", "check-in-closed", "check-in for this event is closed");
    }
  }
}
