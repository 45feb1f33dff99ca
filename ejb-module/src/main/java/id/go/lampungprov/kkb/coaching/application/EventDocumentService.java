package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.AttendanceTotals;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyLevel;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.ReportTemplate;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.reports.model.AttendanceRow;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printable documents of an event. The attendance sheet (Daftar Hadir) is printed blank before
 * the event and with attendance marks after it; it never shows a NIK.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class EventDocumentService {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

  @Inject private CoachingEventRepository events;
  @EJB private CoachingEventService eventService;
  @EJB private DocumentService documents;
  @Inject private DocumentRepository documentRepository;
  @Inject private Letterheads letterheads;

  static final String DEFAULT_ISSUER = "DPPPA";

  public byte[] attendanceSheet(long eventId, boolean marked) {
    CoachingEvent event = eventService.get(eventId);
    return render(event, marked, null);
  }

  /**
   * Issues the attendance sheet as an official document: numbered by the organiser's issuer,
   * signed, registered, with a QR code of its verification page.
   */
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issueAttendanceSheet(
      long eventId, boolean marked, String baseUrl, boolean externalSignature) {
    CoachingEvent event = eventService.get(eventId);
    String issuer =
        documentRepository.findIssuer(event.leadAgency().code()).isPresent()
            ? event.leadAgency().code()
            : DEFAULT_ISSUER;
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.DAFTAR_HADIR,
            "000.1.2.3",
            "Daftar Hadir "
                + event.title()
                + ", "
                + IndonesianDates.dayAndDate(event.startsAt().toLocalDate()),
            issuer,
            "CoachingEvent:" + event.id(),
            event.venueVillage(),
            baseUrl,
            externalSignature,
            stamp -> render(event, marked, stamp)));
  }

  private byte[] render(CoachingEvent event, boolean marked, DocumentService.Stamp stamp) {
    List<Participant> participants = events.participants(event);
    Issuer issuer = stamp == null ? null : stamp.issuer();
    ReportRenderer.Part part =
        issuer == null
            ? draftPart(event, participants, marked)
            : attendancePart(event, participants, marked, letterheads.of(issuer), stamp);
    return ReportRenderer.pdf(List.of(part));
  }

  private static ReportRenderer.Part draftPart(
      CoachingEvent event, List<Participant> participants, boolean marked) {
    Map<String, Object> p = new HashMap<>(letterhead(event.leadAgency()));
    return part(event, participants, marked, p);
  }

  /** The attendance sheet as one part of a document, under the issuer's letterhead. */
  static ReportRenderer.Part attendancePart(
      CoachingEvent event,
      List<Participant> participants,
      boolean marked,
      Map<String, Object> letterhead,
      DocumentService.Stamp stamp) {
    Map<String, Object> p = new HashMap<>(letterhead);
    Letterheads.stamp(p, stamp);
    return part(event, participants, marked, p);
  }

  private static ReportRenderer.Part part(
      CoachingEvent event, List<Participant> participants, boolean marked, Map<String, Object> p) {
    p.put("EVENT_TITLE", event.title());
    p.put("EVENT_DAY_DATE", IndonesianDates.dayAndDate(event.startsAt().toLocalDate()));
    p.put(
        "EVENT_TIME", event.startsAt().format(TIME) + " – " + event.endsAt().format(TIME) + " WIB");
    p.put("EVENT_VENUE", event.venue());
    p.put("MARKED", marked);
    if (marked) {
      p.put("TOTALS", totals(AttendanceTotals.of(participants)));
    }
    List<AttendanceRow> rows =
        participants.stream()
            .map(
                x ->
                    new AttendanceRow(
                        x.fullName(),
                        x.affiliation(),
                        x.sex() == Sex.MALE ? "L" : "P",
                        x.phone(),
                        marked ? mark(x) : null))
            .toList();
    return new ReportRenderer.Part(ReportTemplate.DAFTAR_HADIR, p, rows);
  }

  /** The letterhead lines of the organising agency, for drafts not yet issued. */
  static Map<String, Object> letterhead(Agency agency) {
    String first =
        switch (agency.level()) {
          case PROVINCE -> "PEMERINTAH PROVINSI LAMPUNG";
          case VERTICAL ->
              agency.code().equals("BKKBN")
                  ? "BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL"
                  : "";
          default -> "";
        };
    Map<String, Object> p = new HashMap<>();
    p.put("ISSUER_LINE_1", first);
    p.put("ISSUER_LINE_2", agency.name().toUpperCase(Locale.forLanguageTag("id")));
    p.put("ISSUER_ADDRESS", agency.level() == AgencyLevel.PROVINCE ? "Provinsi Lampung" : null);
    return p;
  }

  private static String mark(Participant x) {
    return switch (x.attendance()) {
      case PRESENT -> "Hadir" + (x.checkedInAt() == null ? "" : " " + x.checkedInAt().format(TIME));
      case EXCUSED -> "Izin";
      case ABSENT -> "Tidak hadir";
      case NOT_RECORDED -> null;
    };
  }

  private static String totals(AttendanceTotals t) {
    int[] male = t.bySex().getOrDefault(Sex.MALE, new int[2]);
    int[] female = t.bySex().getOrDefault(Sex.FEMALE, new int[2]);
    return "Hadir "
        + t.present()
        + " dari "
        + t.invited()
        + " peserta (laki-laki "
        + male[1]
        + ", perempuan "
        + female[1]
        + "); izin "
        + t.byAttendance().get(Attendance.EXCUSED)
        + "; tidak hadir "
        + t.byAttendance().get(Attendance.ABSENT)
        + ".";
  }
}
