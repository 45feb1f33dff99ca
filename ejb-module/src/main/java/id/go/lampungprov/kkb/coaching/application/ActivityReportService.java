package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.AttendanceTotals;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.coaching.domain.ParticipantCategory;
import id.go.lampungprov.kkb.coaching.domain.ReportDraft;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Issuers;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.reports.document.ActivityReport;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.Signature;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.images.Thumbnails;
import id.go.lampungprov.kkb.reports.model.AgendaRow;
import id.go.lampungprov.kkb.reports.model.PhotoRow;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Laporan Kegiatan of an event, in the order of an official report: introduction (general,
 * purpose, scope, legal bases: the officer's report draft or the standard wording), what was done
 * (time, place, organisers, officials, participants by category and sex, agenda, the discussion of
 * the minutes), what was achieved (outcome, obstacles and their handling from the draft,
 * follow-ups), conclusions (the draft's, else the decisions of the minutes) and suggestions,
 * closing and signature block, with the attendance list and photos attached. What it says is
 * gathered here; how it reads is in the reports module's texts.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ActivityReportService {

  /** Photos printed with the report; more stay in the system. */
  static final int MAX_PHOTOS = 6;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

  @Inject private CoachingEventRepository events;
  @Inject private Issuers issuers;
  @Inject private Letterheads letterheads;
  @EJB private CoachingEventService eventService;
  @EJB private DocumentService documents;
  @Inject private FileStore files;

  public byte[] draft(long eventId) {
    CoachingEvent event = eventService.get(eventId);
    Issuer issuer = issuerOf(event);
    return ReportRenderer.pdf(
        report(
            event,
            letterheads.of(issuer),
            null,
            Letterheads.signature(
                issuers.signatureFor(issuer, DocumentType.LAPORAN_KEGIATAN),
                issuer,
                LocalDate.now(ZoneId.of("Asia/Jakarta")))));
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(long eventId, String baseUrl, SigningRoute signing) {
    CoachingEvent event = eventService.get(eventId);
    Issuer issuer = issuerOf(event);
    Letterhead letterhead = letterheads.of(issuer);
    return documents.issue(
        EventDocumentService.issue(
            DocumentType.LAPORAN_KEGIATAN,
            event,
            issuer,
            baseUrl,
            signing,
            stamp ->
                report(
                    event,
                    letterhead,
                    stamp,
                    Letterheads.signature(stamp.signature(), issuer, stamp.date()))));
  }

  private Issuer issuerOf(CoachingEvent event) {
    return issuers.of(DocumentType.LAPORAN_KEGIATAN, event.leadAgency().code());
  }

  private ActivityReport report(
      CoachingEvent event,
      Letterhead letterhead,
      DocumentService.Stamp stamp,
      Signature signature) {
    List<Participant> participants = events.participants(event);
    AttendanceTotals totals = AttendanceTotals.of(participants);
    IssueMark mark = Letterheads.mark(stamp);
    List<ActivityReport.Count> categories = new ArrayList<>();
    for (ParticipantCategory c : ParticipantCategory.values()) {
      int[] n = totals.byCategory().get(c);
      if (n != null) {
        categories.add(new ActivityReport.Count(c.name(), n[1]));
      }
    }
    return new ActivityReport(
        letterhead,
        mark,
        signature,
        EventDocumentService.facts(event),
        Stream.concat(Stream.of(event.leadAgency()), event.coOrganisers().stream())
            .map(Agency::name)
            .toList(),
        event.officials().stream()
            .map(o -> new ActivityReport.Official(o.fullName(), o.position()))
            .toList(),
        EventDocumentService.totals(totals),
        categories,
        event.healthProtocol(),
        event.record().outcome(),
        event.record().minutes() == null
            ? null
            : new ActivityReport.Minutes(
                event.record().minutes().discussion(), event.record().minutes().decisions()),
        events.followUps(event).stream()
            .map(f -> new ActivityReport.FollowUp(f.action(), f.owner(), f.dueDate()))
            .toList(),
        event.agenda().stream()
            .map(a -> new AgendaRow(a.time().format(TIME), a.topic(), a.speaker()))
            .toList(),
        EventDocumentService.sheet(event, participants, true, letterhead, mark),
        photos(event),
        event.targets().stream().map(KampungKb::name).toList(),
        event.budgetSource(),
        draft(event.record().reportDraft()));
  }

  private static ActivityReport.Draft draft(ReportDraft d) {
    return d == null
        ? ActivityReport.Draft.EMPTY
        : new ActivityReport.Draft(
            d.background(),
            d.purpose(),
            d.scope(),
            d.legalBasisList(),
            d.obstacles(),
            d.obstacleHandling(),
            d.conclusions(),
            d.suggestions());
  }

  /** The first photos of the event, scaled to print size, two to a row. */
  private List<PhotoRow> photos(CoachingEvent event) {
    return events.photos(event).stream()
        .limit(MAX_PHOTOS)
        .map(
            photo ->
                new PhotoRow(
                    Thumbnails.jpeg(files.content(photo.file()).orElseThrow(), 1200),
                    photo.caption()))
        .toList();
  }
}
