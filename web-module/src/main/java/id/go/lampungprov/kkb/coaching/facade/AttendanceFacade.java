package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.application.CheckInService;
import id.go.lampungprov.kkb.coaching.application.EventPhotoService;
import id.go.lampungprov.kkb.coaching.application.FollowUpService;
import id.go.lampungprov.kkb.coaching.application.ParticipantService;
import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.AttendanceTotals;
import id.go.lampungprov.kkb.coaching.domain.CheckInWindow;
import id.go.lampungprov.kkb.coaching.domain.EventPhoto;
import id.go.lampungprov.kkb.coaching.domain.FollowUp;
import id.go.lampungprov.kkb.coaching.domain.FollowUpStatus;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.coaching.domain.ParticipantCategory;
import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.CountDto;
import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.ParticipantDto;
import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.ParticipantRequest;
import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.TotalsDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.FollowUpDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.PhotoDto;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.reports.qr.QrCodes;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Participants, attendance, check-in links, follow-ups and photos of events, as DTOs; the documents
 * of an event are {@link EventDocumentFacade}'s.
 */
@ApplicationScoped
public class AttendanceFacade {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @EJB private ParticipantService participants;
  @EJB private CheckInService checkIn;
  @EJB private FollowUpService followUps;
  @EJB private EventPhotoService photos;

  public ParticipantDto invite(long eventId, ParticipantRequest r) {
    ParticipantCategory category =
        EventFacade.parseEnum(ParticipantCategory.class, "category", r.category);
    if (r.personId != null) {
      return dto(participants.invite(eventId, r.personId, category, r.affiliation));
    }
    Sex sex = r.sex == null ? null : EventFacade.parseEnum(Sex.class, "sex", r.sex);
    return dto(
        participants.addWalkIn(
            eventId,
            new ParticipantService.WalkIn(r.fullName, sex, r.phone, category, r.affiliation)));
  }

  public List<ParticipantDto> inviteFromRegistry(long eventId, long kampungKbId) {
    return participants.inviteFromRegistry(eventId, kampungKbId).stream()
        .map(AttendanceFacade::dto)
        .toList();
  }

  /** The invitation list; with personal check-in codes for staff who take attendance. */
  public List<ParticipantDto> participants(long eventId) {
    List<Participant> list = participants.participants(eventId);
    Map<Long, String> codes = checkIn.codes(eventId);
    return list.stream().map(p -> dto(p, codes.get(p.id()))).toList();
  }

  public ParticipantDto record(long eventId, long participantId, String attendance) {
    return dto(
        participants.record(
            eventId,
            participantId,
            EventFacade.parseEnum(Attendance.class, "attendance", attendance)));
  }

  public void withdraw(long eventId, long participantId) {
    participants.withdraw(eventId, participantId);
  }

  public TotalsDto totals(long eventId) {
    AttendanceTotals t = participants.totals(eventId);
    Map<String, CountDto> categories = new LinkedHashMap<>();
    t.byCategory().forEach((k, v) -> categories.put(k.name(), new CountDto(v[0], v[1])));
    Map<String, CountDto> sexes = new LinkedHashMap<>();
    t.bySex().forEach((k, v) -> sexes.put(k.name(), new CountDto(v[0], v[1])));
    return new TotalsDto(
        t.invited(),
        t.present(),
        t.byAttendance().get(Attendance.ABSENT),
        t.byAttendance().get(Attendance.EXCUSED),
        t.byAttendance().get(Attendance.NOT_RECORDED),
        categories,
        sexes);
  }

  /**
   * A new signed check-in link for participants' phones.
   *
   * @param base the application's public address, ending in "/"
   */
  public AttendanceDtos.CheckInLinkDto checkInLink(long eventId, String base) {
    CheckInService.CheckInLink link = checkIn.link(eventId);
    return new AttendanceDtos.CheckInLinkDto(
        base + "hadir.xhtml?t=" + URLEncoder.encode(link.token(), StandardCharsets.US_ASCII),
        link.window().opensAt().atZone(JAKARTA).toInstant(),
        link.window().closesAt().atZone(JAKARTA).toInstant());
  }

  /** When the event's check-in link works (Jakarta time), for staff who may hand it out. */
  public CheckInWindow checkInWindow(long eventId) {
    return checkIn.link(eventId).window();
  }

  /** The same link as a QR code (PNG) to print or project. */
  public byte[] checkInQr(long eventId, String base) {
    return QrCodes.png(checkInLink(eventId, base).url(), 480);
  }

  /** For the public check-in page: the event's title, start and venue, if the link is good. */
  public CheckInService.EventHeading checkInHeading(String token) {
    return checkIn.heading(token);
  }

  /**
   * Checks in whoever's own mobile number or personal code was typed; only a masked name comes
   * back.
   */
  public CheckInService.CheckedIn selfCheckIn(String token, String typed, String clientAddress) {
    return checkIn.selfCheckIn(token, typed, clientAddress);
  }

  public FollowUpDto addFollowUp(long eventId, EventDtos.FollowUpRequest r) {
    return dto(followUps.add(eventId, r.action, r.owner, EventFacade.date("dueDate", r.dueDate)));
  }

  public FollowUpDto closeFollowUp(long eventId, long followUpId, Long version, String status) {
    return dto(
        followUps.close(
            eventId,
            followUpId,
            version,
            EventFacade.parseEnum(FollowUpStatus.class, "status", status)));
  }

  public List<FollowUpDto> followUps(long eventId) {
    return followUps.of(eventId).stream().map(AttendanceFacade::dto).toList();
  }

  public List<FollowUpDto> overdue() {
    return followUps.overdue().stream().map(AttendanceFacade::dto).toList();
  }

  public PhotoDto addPhoto(long eventId, String caption, byte[] data, String contentType) {
    return dto(photos.add(eventId, caption, data, contentType));
  }

  public List<PhotoDto> photos(long eventId) {
    return photos.of(eventId).stream().map(AttendanceFacade::dto).toList();
  }

  public EventPhotoService.PhotoContent photo(long eventId, long photoId) {
    return photos.content(eventId, photoId);
  }

  public void removePhoto(long eventId, long photoId) {
    photos.remove(eventId, photoId);
  }

  static ParticipantDto dto(Participant p) {
    return dto(p, null);
  }

  static ParticipantDto dto(Participant p, String checkInCode) {
    return new ParticipantDto(
        p.id(),
        p.person() == null ? null : p.person().id(),
        p.fullName(),
        p.sex().name(),
        p.phone(),
        p.category().name(),
        p.affiliation(),
        p.attendance().name(),
        p.checkedInAt(),
        p.channel() == null ? null : p.channel().name(),
        checkInCode);
  }

  static FollowUpDto dto(FollowUp f) {
    return new FollowUpDto(
        f.id(),
        f.event().id(),
        f.event().title(),
        f.action(),
        f.owner(),
        f.dueDate(),
        f.status().name(),
        f.closedOn(),
        f.overdue(LocalDate.now(ZoneId.of("Asia/Jakarta"))),
        f.version());
  }

  static PhotoDto dto(EventPhoto p) {
    return new PhotoDto(
        p.id(),
        p.file().type().mediaType(),
        p.file().size(),
        p.file().width(),
        p.file().height(),
        p.caption());
  }
}
