package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
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
 * (the report has been filed) until a province officer reopens it with a reason. Its parts keep
 * their own rules: when and where ({@link EventSchedule}), the places ({@link EventCapacity}), what
 * is written afterwards ({@link EventRecord}) and where it stands ({@link EventLifecycle}).
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

  @Embedded private EventSchedule schedule;

  @ManyToMany
  @JoinTable(
      name = "coaching_event_target",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "kampung_kb_id"))
  @OrderColumn(name = "item_order")
  private List<KampungKb> targets = new ArrayList<>();

  @Column(name = "budget_source", length = 100)
  private String budgetSource;

  @Embedded private EventCapacity capacity;

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

  @Embedded private EventRecord record;

  @Embedded private EventLifecycle lifecycle;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected CoachingEvent() {
    // for JPA
  }

  public CoachingEvent(EventDetails details, LocalDateTime now) {
    this.lifecycle = EventLifecycle.planned();
    this.capacity = EventCapacity.of(details.quota());
    this.createdAt = now;
    apply(details);
  }

  public void change(EventDetails details) {
    lifecycle.requireEditable();
    capacity.resize(details.quota());
    apply(details);
  }

  private void apply(EventDetails d) {
    this.type = d.type();
    this.title = d.title();
    this.leadAgency = d.leadAgency();
    this.coOrganisers = new ArrayList<>(d.coOrganisers());
    this.schedule = EventSchedule.of(d);
    this.targets = new ArrayList<>(d.targets());
    this.budgetSource = d.budgetSource();
    this.healthProtocol = d.healthProtocol();
  }

  public void replaceAgenda(List<AgendaItem> items) {
    lifecycle.requireEditable();
    this.agenda = new ArrayList<>(items);
  }

  public void replaceOfficials(List<Official> present) {
    lifecycle.requireEditable();
    this.officials = new ArrayList<>(present);
  }

  public void recordMinutes(Minutes minutes, String outcome) {
    lifecycle.requireEditable();
    this.record = record().withMinutes(minutes, outcome);
  }

  /** What the officer writes for the Laporan Kegiatan; editable until the event is reported. */
  public void recordReportDraft(ReportDraft draft) {
    lifecycle.requireEditable();
    this.record = record().withReportDraft(draft);
  }

  /** Takes one place of the quota for a new participant. */
  void takePlace() {
    lifecycle.requireEditable();
    capacity.take();
  }

  void releasePlace() {
    lifecycle.requireEditable();
    capacity.release();
  }

  /** Attendance can be recorded on the day and afterwards, never for a cancelled event. */
  void requireAttendanceOpen() {
    lifecycle.requireAttendanceOpen();
  }

  public void markHeld(LocalDateTime now) {
    lifecycle.markHeld(now, schedule.startsAt());
  }

  public void markReported() {
    lifecycle.markReported(record().minutes() != null);
  }

  public void cancel(String reason) {
    lifecycle.cancel(reason);
  }

  /** Unfreezes a reported event; the reason stays on the record and in the audit trail. */
  public void reopen(String reason) {
    lifecycle.reopen(reason);
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

  public EventSchedule schedule() {
    return schedule;
  }

  public List<KampungKb> targets() {
    return List.copyOf(targets);
  }

  public String budgetSource() {
    return budgetSource;
  }

  public EventCapacity capacity() {
    return capacity;
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

  /** The minutes, outcome and report draft; parts not written yet are null. */
  public EventRecord record() {
    return record == null ? EventRecord.EMPTY : record;
  }

  public EventStatus status() {
    return lifecycle.status();
  }

  public String statusReason() {
    return lifecycle.reason();
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
        .and("startsAt", schedule.startsAt())
        .and("endsAt", schedule.endsAt())
        .and("venue", schedule.venue())
        .and("venueVillage", schedule.venueVillage().value())
        .and("targets", targets.stream().map(KampungKb::id).toList())
        .and("quota", capacity.quota())
        .and("agenda", agenda)
        .and("officials", officials)
        .and("minutes", record().minutes())
        .and("outcome", record().outcome())
        .and("reportDraft", record().reportDraft())
        .and("status", lifecycle.status())
        .and("statusReason", lifecycle.reason());
  }

  /** The venue's village, as for reading the event. */
  @Override
  public RegionCode auditRegion() {
    return regionOf(schedule.venueVillage().value());
  }
}
