package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;

/**
 * A follow-up action agreed at an event: who does what by when. It is tracked after the event is
 * reported, so its status may change while the event itself is frozen.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends AuditedEntity {

  @Id
  @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private CoachingEvent event;

  @Column(nullable = false, length = 500)
  private String action;

  @Column(nullable = false, length = 200)
  private String owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FollowUpStatus status;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Version private long version;

  protected FollowUp() {
    // for JPA
  }

  public FollowUp(CoachingEvent event, String action, String owner, LocalDate dueDate) {
    if (event.status() == EventStatus.REPORTED || event.status() == EventStatus.CANCELLED) {
      throw new id.go.lampungprov.kkb.shared.domain.ConflictException(
          "status", "frozen", "follow-ups are agreed before the event is reported");
    }
    this.event = event;
    this.action = EventDetails.text("action", action, 500, true);
    this.owner = EventDetails.text("owner", owner, 200, true);
    if (dueDate == null) {
      throw new InvalidInputException("dueDate", "required", "the due date is required");
    }
    if (dueDate.isBefore(event.schedule().startsAt().toLocalDate())) {
      throw new InvalidInputException(
          "dueDate", "after-event", "the due date lies before the event");
    }
    this.dueDate = dueDate;
    this.status = FollowUpStatus.OPEN;
  }

  public void close(FollowUpStatus outcome, LocalDate on) {
    if (outcome == null) {
      throw new InvalidInputException("status", "required", "OPEN, DONE or DROPPED");
    }
    this.status = outcome;
    this.closedOn = outcome == FollowUpStatus.OPEN ? null : on;
  }

  public boolean overdue(LocalDate today) {
    return status == FollowUpStatus.OPEN && dueDate.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public CoachingEvent event() {
    return event;
  }

  public String action() {
    return action;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public FollowUpStatus status() {
    return status;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("event", event.id())
        .and("action", action)
        .and("owner", owner)
        .and("dueDate", dueDate)
        .and("status", status)
        .and("closedOn", closedOn);
  }

  @Override
  public RegionCode auditRegion() {
    return event.auditRegion();
  }
}
