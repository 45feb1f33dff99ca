package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A coaching event. Its content may change while it is planned or held; once reported it is frozen
 * (the report has been filed) until a province officer reopens it with a reason. Times are
 * Asia/Jakarta wall-clock times, as printed on invitations.
 */
@Entity
@Table(name = "coaching_event")
public class CoachingEvent extends AuditedEntity {

  @Id
  @SequenceGenerator(
      name = "coaching_event_seq",
      sequenceName = "coaching_event_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_event_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 30)
  private EventType type;

  @Column(nullable = false, length = 300)
  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lead_agency_id", nullable = false)
  private Agency leadAgency;

  @ManyToMany
  @JoinTable(
      name = "coaching_event_co_organiser",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  @OrderColumn(name = "item_order")
  private List<Agency> coOrganisers = new ArrayList<>();

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(nullable = false, length = 200)
  private String venue;

  @Column(name = "venue_village", nullable = false, length = 13)
  private String venueVillage;

  @ManyToMany
  @JoinTable(
      name = "coaching_event_target",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "kampung_kb_id"))
  @OrderColumn(name = "item_order")
  private List<KampungKb> targets = new ArrayList<>();

  @Column(name = "budget_source", length = 100)
  private String budgetSource;

  @Column(nullable = false)
  private int quota;

  @Column(name = "health_protocol", length = 2000)
  private String healthProtocol;

  @ElementCollection
  @CollectionTable(name = "coaching_event_agenda", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "item_order")
  private List<AgendaItem> agenda = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "coaching_event_official", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "item_order")
  private List<Official> officials = new ArrayList<>();

  @Embedded private Minutes minutes;

  @Column(length = 4000)
  private String outcome;

  @Embedded private ReportDraft reportDraft;

  @Embedded private EventLifecycle lifecycle;

  /** Counted here so two concurrent invitations cannot both take the last place. */
  @Column(name = "participant_count", nullable = false)
  private int participantCount;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected CoachingEvent() {
    // for JPA
  }

  public CoachingEvent(EventDetails details, LocalDateTime now) {
    this.lifecycle = EventLifecycle.planned();
    this.createdAt = now;
    apply(details);
  }

  public void change(EventDetails details) {
    requireEditable();
    if (details.quota() < participantCount) {
      throw new ConflictException(
          "quota",
          "quota",
          participantCount + " participants are invited; the quota cannot be lower");
    }
    apply(details);
  }

  private void apply(EventDetails d) {
    this.type = d.type();
    this.title = d.title();
    this.leadAgency = d.leadAgency();
    this.coOrganisers = new ArrayList<>(d.coOrganisers());
    this.startsAt = d.startsAt();
    this.endsAt = d.endsAt();
    this.venue = d.venue();
    this.venueVillage = d.venueVillage().value();
    this.targets = new ArrayList<>(d.targets());
    this.budgetSource = d.budgetSource();
    this.quota = d.quota();
    this.healthProtocol = d.healthProtocol();
  }

  public void replaceAgenda(List<AgendaItem> items) {
    requireEditable();
    this.agenda = new ArrayList<>(items);
  }

  public void replaceOfficials(List<Official> present) {
    requireEditable();
    this.officials = new ArrayList<>(present);
  }

  public void recordMinutes(Minutes minutes, String outcome) {
    requireEditable();
    this.minutes = minutes;
    this.outcome = EventDetails.text("outcome", outcome, 4000, false);
  }

  /** What the officer writes for the Laporan Kegiatan; editable until the event is reported. */
  public void recordReportDraft(ReportDraft draft) {
    requireEditable();
    this.reportDraft = draft;
  }

  /** Takes one place of the quota for a new participant. */
  void takePlace() {
    requireEditable();
    if (participantCount >= quota) {
      throw new ConflictException(
          "participants", "quota", "the quota of " + quota + " participants is reached");
    }
    participantCount++;
  }

  void releasePlace() {
    requireEditable();
    participantCount--;
  }

  /** Attendance can be recorded on the day and afterwards, never for a cancelled event. */
  void requireAttendanceOpen() {
    lifecycle.requireAttendanceOpen();
  }

  public void markHeld(LocalDateTime now) {
    lifecycle.markHeld(now, startsAt);
  }

  public void markReported() {
    lifecycle.markReported(minutes != null);
  }

  public void cancel(String reason) {
    lifecycle.cancel(reason);
  }

  /** Unfreezes a reported event; the reason stays on the record and in the audit trail. */
  public void reopen(String reason) {
    lifecycle.reopen(reason);
  }

  private void requireEditable() {
    lifecycle.requireEditable();
  }

  public Long id() {
    return id;
  }

  public EventType type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Agency leadAgency() {
    return leadAgency;
  }

  public List<Agency> coOrganisers() {
    return List.copyOf(coOrganisers);
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public LocalDateTime endsAt() {
    return endsAt;
  }

  public String venue() {
    return venue;
  }

  public RegionCode venueVillage() {
    return RegionCode.of(venueVillage);
  }

  public List<KampungKb> targets() {
    return List.copyOf(targets);
  }

  public String budgetSource() {
    return budgetSource;
  }

  public int quota() {
    return quota;
  }

  public String healthProtocol() {
    return healthProtocol;
  }

  public List<AgendaItem> agenda() {
    return List.copyOf(agenda);
  }

  public List<Official> officials() {
    return List.copyOf(officials);
  }

  public Minutes minutes() {
    return minutes;
  }

  public String outcome() {
    return outcome;
  }

  /** Null until the officer writes one; each of its parts may be null. */
  public ReportDraft reportDraft() {
    return reportDraft;
  }

  public EventStatus status() {
    return lifecycle.status();
  }

  public String statusReason() {
    return lifecycle.reason();
  }

  public int participantCount() {
    return participantCount;
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("type", type)
        .and("title", title)
        .and("leadAgency", leadAgency.code())
        .and("coOrganisers", coOrganisers.stream().map(Agency::code).toList())
        .and("startsAt", startsAt)
        .and("endsAt", endsAt)
        .and("venue", venue)
        .and("venueVillage", venueVillage)
        .and("targets", targets.stream().map(KampungKb::id).toList())
        .and("quota", quota)
        .and("agenda", agenda)
        .and("officials", officials)
        .and("minutes", minutes)
        .and("outcome", outcome)
        .and("reportDraft", reportDraft)
        .and("status", lifecycle.status())
        .and("statusReason", lifecycle.reason());
  }

  /** The venue's village, as for reading the event. */
  @Override
  public RegionCode auditRegion() {
    return regionOf(venueVillage);
  }
}
