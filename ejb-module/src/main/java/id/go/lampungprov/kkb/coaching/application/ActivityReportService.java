package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.AttendanceTotals;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.FollowUp;
import id.go.lampungprov.kkb.coaching.domain.Official;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.coaching.domain.ParticipantCategory;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.ReportTemplate;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Laporan Kegiatan of an event: introduction (background, legal basis, aims), implementation
 * (time, place, organisers, officials, participants by category and sex), agenda, results,
 * conclusions, follow-ups, closing and signature block, with the attendance list attached.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ActivityReportService {

  /** Photos printed with the report; more stay in the system. */
  static final int MAX_PHOTOS = 6;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

  @Inject private CoachingEventRepository events;
  @Inject private DocumentRepository documentRepository;
  @Inject private Letterheads letterheads;
  @EJB private CoachingEventService eventService;
  @EJB private DocumentService documents;
  @Inject private FileStore files;

  public byte[] draft(long eventId) {
    CoachingEvent event = eventService.get(eventId);
    return render(event, issuerOf(event), null, LocalDate.now(ZoneId.of("Asia/Jakarta")));
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(long eventId, String baseUrl, boolean externalSignature) {
    CoachingEvent event = eventService.get(eventId);
    Issuer issuer = issuerOf(event);
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.LAPORAN_KEGIATAN,
            "000.1.2.3",
            "Laporan Kegiatan "
                + event.title()
                + ", "
                + IndonesianDates.dayAndDate(event.startsAt().toLocalDate()),
            issuer.code(),
            "CoachingEvent:" + event.id(),
            event.venueVillage(),
            baseUrl,
            externalSignature,
            stamp -> render(event, issuer, stamp, stamp.date())));
  }

  private Issuer issuerOf(CoachingEvent event) {
    return documentRepository
        .findIssuer(event.leadAgency().code())
        .or(() -> documentRepository.findIssuer(EventDocumentService.DEFAULT_ISSUER))
        .orElseThrow();
  }

  private byte[] render(
      CoachingEvent event, Issuer issuer, DocumentService.Stamp stamp, LocalDate day) {
    List<Participant> participants = events.participants(event);
    AttendanceTotals totals = AttendanceTotals.of(participants);
    Map<String, Object> p = new HashMap<>(letterheads.of(issuer));
    Letterheads.stamp(p, stamp);
    p.put("EVENT_TITLE", event.title());
    p.put("SECTION_INTRODUCTION", introduction(event));
    p.put("SECTION_IMPLEMENTATION", implementation(event, totals));
    p.put(
        "SECTION_RESULTS",
        heading("IV. HASIL KEGIATAN")
            + paragraphs(event.outcome())
            + (event.minutes() == null ? "" : "\n" + paragraphs(event.minutes().discussion())));
    p.put(
        "SECTION_CONCLUSIONS",
        heading("V. KESIMPULAN DAN REKOMENDASI")
            + (event.minutes() == null ? "-" : paragraphs(event.minutes().decisions())));
    p.put("SECTION_FOLLOW_UPS", heading("VI. TINDAK LANJUT") + followUps(events.followUps(event)));
    p.put(
        "SECTION_CLOSING",
        heading("VII. PENUTUP")
            + "Demikian laporan kegiatan ini dibuat untuk dipergunakan sebagaimana mestinya.");
    Letterheads.sign(
        p,
        stamp == null
            ? documents.signatureFor(issuer, DocumentType.LAPORAN_KEGIATAN)
            : stamp.signature(),
        issuer.place(),
        day);
    List<AgendaRow> agenda =
        event.agenda().stream()
            .map(a -> new AgendaRow(a.time().format(TIME), a.topic(), a.speaker()))
            .toList();
    List<ReportRenderer.Part> parts = new ArrayList<>();
    parts.add(new ReportRenderer.Part(ReportTemplate.LAPORAN_KEGIATAN, p, agenda));
    parts.add(
        EventDocumentService.attendancePart(
            event, participants, true, letterheads.of(issuer), stamp));
    photoPart(event, stamp).ifPresent(parts::add);
    return ReportRenderer.pdf(parts);
  }

  /** The first photos of the event, scaled to print size, two to a row. */
  private Optional<ReportRenderer.Part> photoPart(
      CoachingEvent event, DocumentService.Stamp stamp) {
    List<PhotoRow> rows =
        events.photos(event).stream()
            .limit(MAX_PHOTOS)
            .map(
                photo ->
                    new PhotoRow(
                        Thumbnails.jpeg(files.content(photo.file()).orElseThrow(), 1200),
                        photo.caption()))
            .toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> p = new HashMap<>();
    Letterheads.stamp(p, stamp);
    p.put("ATTACHMENT_TITLE", "LAMPIRAN DOKUMENTASI KEGIATAN");
    p.put("EVENT_TITLE", event.title());
    return Optional.of(new ReportRenderer.Part(ReportTemplate.LAMPIRAN_FOTO, p, rows));
  }

  private static String introduction(CoachingEvent event) {
    return heading("I. PENDAHULUAN")
        + bold("A. Latar Belakang")
        + "\n"
        + "Kampung KB adalah satuan wilayah setingkat desa tempat program kependudukan, keluarga"
        + " berencana dan pembangunan keluarga dijalankan bersama sektor terkait. Pengelolaannya"
        + " perlu terus dibina agar tidak hanya mengejar capaian kuantitatif. Karena itu"
        + " diselenggarakan kegiatan "
        + Letterheads.escape(event.title())
        + ".\n"
        + bold("B. Dasar Hukum")
        + "\n"
        + "1. Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan"
        + " Keluarga;\n"
        + "2. Instruksi Presiden Nomor 3 Tahun 2022 tentang Optimalisasi Penyelenggaraan Kampung"
        + " Keluarga Berkualitas;\n"
        + "3. Peraturan Badan Kependudukan dan Keluarga Berencana Nasional Nomor 20 Tahun 2023.\n"
        + bold("C. Maksud dan Tujuan")
        + "\n"
        + "Meningkatkan kualitas pengelolaan Kampung KB agar menjadi rujukan (Center of Excellence)"
        + " bagi Kampung KB lain.";
  }

  private static String implementation(CoachingEvent event, AttendanceTotals t) {
    String organisers =
        Letterheads.escape(event.leadAgency().name())
            + event.coOrganisers().stream()
                .map(Agency::name)
                .map(Letterheads::escape)
                .map(n -> ", bekerja sama dengan " + n)
                .collect(Collectors.joining());
    StringBuilder s = new StringBuilder(heading("II. PELAKSANAAN"));
    s.append("Hari/Tanggal : ").append(IndonesianDates.dayAndDate(event.startsAt().toLocalDate()));
    s.append("\nWaktu : ")
        .append(event.startsAt().format(TIME))
        .append(" – ")
        .append(event.endsAt().format(TIME))
        .append(" WIB");
    s.append("\nTempat : ").append(Letterheads.escape(event.venue()));
    s.append("\nPenyelenggara : ").append(organisers);
    if (!event.officials().isEmpty()) {
      s.append("\nPejabat yang hadir :");
      int i = 1;
      for (Official o : event.officials()) {
        s.append("\n")
            .append(i++)
            .append(". ")
            .append(Letterheads.escape(o.fullName()))
            .append(
                o.fullName().equals(o.position()) ? "" : ", " + Letterheads.escape(o.position()));
      }
    }
    int[] male = t.bySex().getOrDefault(Sex.MALE, new int[2]);
    int[] female = t.bySex().getOrDefault(Sex.FEMALE, new int[2]);
    s.append("\nPeserta : hadir ")
        .append(t.present())
        .append(" dari ")
        .append(t.invited())
        .append(" orang yang diundang (laki-laki ")
        .append(male[1])
        .append(", perempuan ")
        .append(female[1])
        .append(")");
    for (ParticipantCategory c : ParticipantCategory.values()) {
      int[] n = t.byCategory().get(c);
      if (n != null) {
        s.append("; ").append(category(c)).append(" ").append(n[1]);
      }
    }
    if (event.healthProtocol() != null) {
      s.append("\nProtokol kesehatan : ").append(Letterheads.escape(event.healthProtocol()));
    }
    return s.toString();
  }

  private static String followUps(List<FollowUp> followUps) {
    if (followUps.isEmpty()) {
      return "-";
    }
    StringBuilder s = new StringBuilder();
    int i = 1;
    for (FollowUp f : followUps) {
      s.append(i > 1 ? "\n" : "")
          .append(i++)
          .append(". ")
          .append(Letterheads.escape(f.action()))
          .append(" (penanggung jawab: ")
          .append(Letterheads.escape(f.owner()))
          .append("; batas waktu: ")
          .append(IndonesianDates.longDate(f.dueDate()))
          .append(")");
    }
    return s.toString();
  }

  private static String category(ParticipantCategory c) {
    return switch (c) {
      case CADRE -> "kader";
      case POKJA -> "Pokja";
      case OFFICIAL -> "pejabat";
      case RESOURCE_PERSON -> "narasumber";
      case OTHER -> "lainnya";
    };
  }

  private static String heading(String text) {
    return bold(text) + "\n";
  }

  private static String bold(String text) {
    return "<b>" + text + "</b>";
  }

  private static String paragraphs(String text) {
    return text == null || text.isBlank() ? "-" : Letterheads.escape(text);
  }
}
