package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Phone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * An invited participant: a person of the registry (a Pokja member, a cadre) or someone added on
 * the day. Name, sex and phone are copied at invitation so the attendance list stays as it was
 * printed even if the registry changes later.
 */
@Entity
@Table(name = "participant")
@NamedQuery(
    name = Participant.FIND_BY_EVENT,
    query = "SELECT p FROM Participant p WHERE p.event = :event ORDER BY p.id")
public class Participant extends AuditedEntity {

  public static final String FIND_BY_EVENT = "Participant.findByEvent";

  @Id
  @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private CoachingEvent event;

  @ManyToOne
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Sex sex;

  @Column(length = 20)
  private String phone;

  @Column(name = "phone_key", length = 20)
  private String phoneKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ParticipantCategory category;

  /** Position and agency as printed on the attendance list ("Jabatan/Instansi"). */
  @Column(length = 200)
  private String affiliation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Attendance attendance;

  @Column(name = "checked_in_at")
  private LocalDateTime checkedInAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "check_in_channel", length = 10)
  private CheckInChannel channel;

  @Version private long version;

  protected Participant() {
    // for JPA
  }

  /** Invites someone; takes a place of the event's quota. */
  public Participant(
      CoachingEvent event,
      Person person,
      String fullName,
      Sex sex,
      String phone,
      ParticipantCategory category,
      String affiliation) {
    if (category == null) {
      throw new InvalidInputException(
          "category", "required", "the participant category is required");
    }
    if (sex == null) {
      throw new InvalidInputException("sex", "required", "sex is required (MALE or FEMALE)");
    }
    this.fullName = EventDetails.text("fullName", fullName, 120, true);
    this.phone = Phone.normalize("phone", phone);
    this.phoneKey = Phone.key(this.phone);
    this.affiliation = EventDetails.text("affiliation", affiliation, 200, false);
    event.takePlace();
    this.event = event;
    this.person = person;
    this.sex = sex;
    this.category = category;
    this.attendance = Attendance.NOT_RECORDED;
  }

  /** Records attendance; the time is when the participant arrived or was marked. */
  public void record(Attendance value, CheckInChannel by, LocalDateTime at) {
    event.requireAttendanceOpen();
    if (value == null) {
      throw new InvalidInputException("attendance", "required", "PRESENT, ABSENT or EXCUSED");
    }
    this.attendance = value;
    this.channel = value == Attendance.NOT_RECORDED ? null : by;
    this.checkedInAt = value == Attendance.PRESENT ? at : null;
  }

  /**
   * The name as the public check-in page may show it: each word's first letter, the rest starred
   * ("S**** R******"), so a phone that is not the participant's cannot read who was checked in.
   */
  public String maskedName() {
    return mask(fullName);
  }

  static String mask(String name) {
    StringBuilder masked = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (masked.length() > 0) {
        masked.append(' ');
      }
      int first = word.codePointAt(0);
      masked.appendCodePoint(first);
      masked.append("*".repeat(Math.max(1, word.codePointCount(0, word.length()) - 1)));
    }
    return masked.toString();
  }

  public void withdraw() {
    event.releasePlace();
  }

  public Long id() {
    return id;
  }

  public CoachingEvent event() {
    return event;
  }

  public Person person() {
    return person;
  }

  public String fullName() {
    return fullName;
  }

  public Sex sex() {
    return sex;
  }

  public String phone() {
    return phone;
  }

  public String phoneKey() {
    return phoneKey;
  }

  public ParticipantCategory category() {
    return category;
  }

  public String affiliation() {
    return affiliation;
  }

  public Attendance attendance() {
    return attendance;
  }

  public LocalDateTime checkedInAt() {
    return checkedInAt;
  }

  public CheckInChannel channel() {
    return channel;
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("event", event.id())
        .and("person", person == null ? null : person.id())
        .and("fullName", fullName)
        .and("category", category)
        .and("attendance", attendance)
        .and("channel", channel)
        .and("checkedInAt", checkedInAt);
  }

  @Override
  public RegionCode auditRegion() {
    return event.auditRegion();
  }
}
