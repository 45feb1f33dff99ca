package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.AttachedRecord;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Map;

/** A documentation photo of an event; the activity report prints up to six. */
@Entity
@Table(name = "event_photo")
@NamedQuery(
    name = EventPhoto.FIND_BY_EVENT,
    query = "SELECT p FROM EventPhoto p WHERE p.event = :event ORDER BY p.id")
public class EventPhoto extends AttachedRecord {

  public static final String FIND_BY_EVENT = "EventPhoto.findByEvent";
  public static final int MAX_PER_EVENT = 20;

  @Id
  @SequenceGenerator(name = "event_photo_seq", sequenceName = "event_photo_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_photo_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private CoachingEvent event;

  protected EventPhoto() {
    // for JPA
  }

  public EventPhoto(CoachingEvent event, StoredFile file, String caption) {
    super(file, caption);
    this.event = event;
  }

  public Long id() {
    return id;
  }

  public CoachingEvent event() {
    return event;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("event", event.id()).andAll(attachment().auditFields());
  }

  @Override
  protected AuditedEntity owner() {
    return event;
  }
}
