package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cross-sector intervention in a Kampung KB: what another agency did there (a Dinas Sosial grant,
 * marketing help from Dinas Perdagangan, packaging from Dinas Perindustrian …), for whom, and what
 * came of it, with photos before and after.
 */
@Entity
@Table(name = "intervention")
public class Intervention extends AuditedEntity {

  public static final int MAX_PHOTOS_PER_STAGE = 10;

  @Id
  @SequenceGenerator(
      name = "intervention_seq",
      sequenceName = "intervention_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intervention_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "kampung_kb_id", nullable = false)
  private KampungKb kampungKb;

  @Column(name = "intervention_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false, length = 200)
  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_id", nullable = false)
  private Agency agency;

  @Enumerated(EnumType.STRING)
  @Column(name = "family_function", nullable = false, length = 30)
  private FamilyFunction familyFunction;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "intervention_target_group",
      joinColumns = @JoinColumn(name = "intervention_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "target_group", length = 40)
  private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

  @Column(length = 4000)
  private String description;

  @Column(length = 4000)
  private String outcome;

  @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<InterventionPhoto> photos = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Intervention() {
    // for JPA
  }

  /** What staff type about an intervention. */
  public record Details(
      LocalDate date,
      String title,
      Agency agency,
      FamilyFunction familyFunction,
      Set<TargetGroup> targetGroups,
      String description,
      String outcome) {}

  public Intervention(KampungKb kampungKb, Details details, Instant now) {
    if (kampungKb == null) {
      throw new InvalidInputException("kampungKbId", "required", "the Kampung KB is required");
    }
    this.kampungKb = kampungKb;
    this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    change(details);
  }

  public void change(Details d) {
    if (d.date() == null) {
      throw new InvalidInputException("date", "required", "the date is required");
    }
    if (d.date().isBefore(kampungKb.declarationDate())) {
      throw new InvalidInputException(
          "date", "after-declaration", "the date lies before the Kampung KB was declared");
    }
    if (d.agency() == null) {
      throw new InvalidInputException("agencyId", "required", "the agency is required");
    }
    if (!d.agency().active() && (agency == null || !agency.equals(d.agency()))) {
      throw new InvalidInputException(
          "agencyId", "active-agency", "agency " + d.agency().code() + " is retired");
    }
    if (d.familyFunction() == null) {
      throw new InvalidInputException(
          "familyFunction", "required", "the family function is required");
    }
    if (d.targetGroups() == null || d.targetGroups().isEmpty()) {
      throw new InvalidInputException("targetGroups", "required", "name at least one target group");
    }
    this.date = d.date();
    this.title = text("title", d.title(), 200, true);
    this.agency = d.agency();
    this.familyFunction = d.familyFunction();
    this.targetGroups = EnumSet.copyOf(d.targetGroups());
    this.description = text("description", d.description(), 4000, false);
    this.outcome = text("outcome", d.outcome(), 4000, false);
  }

  private static String text(String field, String value, int max, boolean required) {
    return required ? Texts.required(field, value, max) : Texts.optional(field, value, max);
  }

  public InterventionPhoto addPhoto(PhotoStage stage, StoredFile file, String caption) {
    if (stage == null) {
      throw new InvalidInputException("stage", "required", "say whether BEFORE or AFTER");
    }
    if (photos.stream().filter(p -> p.stage() == stage).count() >= MAX_PHOTOS_PER_STAGE) {
      throw new ConflictException(
          "photo", "at most " + MAX_PHOTOS_PER_STAGE + " " + stage + " photos per intervention");
    }
    InterventionPhoto photo = new InterventionPhoto(this, stage, file, caption);
    photos.add(photo);
    return photo;
  }

  public Optional<InterventionPhoto> photo(long photoId) {
    return photos.stream().filter(p -> p.id() != null && p.id() == photoId).findFirst();
  }

  public void removePhoto(InterventionPhoto photo) {
    photos.remove(photo);
  }

  public Long id() {
    return id;
  }

  public KampungKb kampungKb() {
    return kampungKb;
  }

  public LocalDate date() {
    return date;
  }

  public String title() {
    return title;
  }

  public Agency agency() {
    return agency;
  }

  public FamilyFunction familyFunction() {
    return familyFunction;
  }

  public Set<TargetGroup> targetGroups() {
    return targetGroups.isEmpty() ? Set.of() : EnumSet.copyOf(targetGroups);
  }

  public String description() {
    return description;
  }

  public String outcome() {
    return outcome;
  }

  public List<InterventionPhoto> photos() {
    return List.copyOf(photos);
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("kampungKb", kampungKb.id())
        .and("date", date)
        .and("title", title)
        .and("agency", agency.code())
        .and("familyFunction", familyFunction)
        .and("targetGroups", targetGroups)
        .and("description", description)
        .and("outcome", outcome);
  }

  @Override
  public RegionCode auditRegion() {
    return kampungKb.auditRegion();
  }
}
