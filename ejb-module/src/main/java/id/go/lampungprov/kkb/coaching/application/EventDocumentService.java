package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.AttendanceTotals;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Issuers;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.reports.document.AttendanceSheet;
import id.go.lampungprov.kkb.reports.document.EventFacts;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.Report;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;

/**
 * The printable documents of an event. The attendance sheet (Daftar Hadir) is printed blank before
 * the event and with attendance marks after it, under the letterhead of the issuer that issues it;
 * it never shows a NIK.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class EventDocumentService {

  @Inject private CoachingEventRepository events;
  @EJB private CoachingEventService eventService;
  @EJB private DocumentService documents;
  @Inject private Issuers issuers;
  @Inject private Letterheads letterheads;

  public byte[] attendanceSheet(long eventId, boolean marked) {
    CoachingEvent event = eventService.get(eventId);
    Issuer issuer = issuerOf(event);
    return ReportRenderer.pdf(
        sheet(event, events.participants(event), marked, letterheads.of(issuer), null));
  }

  /** The organising agency when it is an issuer, else as {@link Issuers} rules. */
  private Issuer issuerOf(CoachingEvent event) {
    return issuers.of(DocumentType.DAFTAR_HADIR, event.leadAgency().code());
  }

  /**
   * Issues the attendance sheet as an official document: numbered by the organiser's issuer,
   * signed, registered, with a QR code of its verification page.
   */
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issueAttendanceSheet(
      long eventId, boolean marked, String baseUrl, SigningRoute signing) {
    CoachingEvent event = eventService.get(eventId);
    Issuer issuer = issuerOf(event);
    List<Participant> participants = events.participants(event);
    Letterhead letterhead = letterheads.of(issuer);
    return documents.issue(
        issue(
            DocumentType.DAFTAR_HADIR,
            event,
            issuer,
            baseUrl,
            signing,
            stamp -> sheet(event, participants, marked, letterhead, Letterheads.mark(stamp))));
  }

  /**
   * An event's document to issue, named by its type, the event's title and day, rendered to PDF
   * once its number and signature are known.
   */
  static DocumentService.Issue issue(
      DocumentType type,
      CoachingEvent event,
      Issuer issuer,
      String baseUrl,
      SigningRoute signing,
      Function<DocumentService.Stamp, Report> document) {
    return new DocumentService.Issue(
        type,
        type.title()
            + " "
            + event.title()
            + ", "
            + IndonesianDates.dayAndDate(event.schedule().startsAt().toLocalDate()),
        issuer,
        "CoachingEvent:" + event.id(),
        event.schedule().venueVillage(),
        baseUrl,
        signing,
        stamp -> ReportRenderer.pdf(document.apply(stamp)));
  }

  static EventFacts facts(CoachingEvent event) {
    return new EventFacts(
        event.title(),
        event.schedule().startsAt().toLocalDate(),
        event.schedule().startsAt().toLocalTime(),
        event.schedule().endsAt().toLocalTime(),
        event.schedule().venue());
  }

  /** The attendance sheet, alone or as a part of the activity report. */
  static AttendanceSheet sheet(
      CoachingEvent event,
      List<Participant> participants,
      boolean marked,
      Letterhead letterhead,
      IssueMark mark) {
    return new AttendanceSheet(
        letterhead,
        mark,
        facts(event),
        marked,
        marked ? totals(AttendanceTotals.of(participants)) : null,
        participants.stream()
            .map(
                x ->
                    new AttendanceSheet.Attendee(
                        x.fullName(),
                        x.affiliation(),
                        x.sex() == Sex.MALE,
                        x.phone(),
                        AttendanceSheet.Attendance.valueOf(x.attendance().name()),
                        x.checkedInAt() == null ? null : x.checkedInAt().toLocalTime()))
            .toList());
  }

  static AttendanceSheet.Totals totals(AttendanceTotals t) {
    int[] male = t.bySex().getOrDefault(Sex.MALE, new int[2]);
    int[] female = t.bySex().getOrDefault(Sex.FEMALE, new int[2]);
    return new AttendanceSheet.Totals(
        t.invited(),
        t.present(),
        male[1],
        female[1],
        t.byAttendance().get(Attendance.EXCUSED),
        t.byAttendance().get(Attendance.ABSENT));
  }
}
