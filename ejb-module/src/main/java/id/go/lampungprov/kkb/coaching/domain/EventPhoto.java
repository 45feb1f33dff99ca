package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** A documentation photo of an event; the activity report prints up to six. */
@Entity
@Table(name = "event_photo")
@NamedQuery(
    name = EventPhoto.FIND_BY_EVENT,
    query = "SELECT p FROM EventPhoto p WHERE p.event = :event ORDER BY p.id")
public class EventPhoto extends AuditedEntity {

  public static final String FIND_BY_EVENT = "EventPhoto.findByEvent";
  public static final int MAX_PER_EVENT = 20;

  @Id
  @SequenceGenerator(name = "event_photo_seq", sequenceName = "event_photo_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_photo_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private CoachingEvent event;

  @ManyToOne(optional = false)
  @JoinColumn(name = "file_id", nullable = false)
  private StoredFile file;

  @Column(length = 200)
  private String caption;

  protected EventPhoto() {
    // for JPA
  }

  public EventPhoto(CoachingEvent event, StoredFile file, String caption) {
    this.event = event;
    this.file = file;
    this.caption = EventDetails.text("caption", caption, 200, false);
  }

  public Long id() {
    return id;
  }

  public CoachingEvent event() {
    return event;
  }

  public StoredFile file() {
    return file;
  }

  public String caption() {
    return caption;
  }

  @Override
  public String auditType() {
    return "EventPhoto";
  }

  @Override
  public String auditId() {
    return id == null ? null : String.valueOf(id);
  }

  @Override
  public RegionCode auditRegion() {
    return event.auditRegion();
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("event", event.id());
    state.put("file", file.id());
    state.put("sha256", file.sha256());
    state.put("caption", caption);
    return state;
  }
}
