package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A village designated as Kampung KB. Never deleted: deactivated with a reason and date. */
@Entity
@Table(name = "kampung_kb")
@NamedQuery(
    name = KampungKb.FIND_ACTIVE_IN_VILLAGE,
    query = "SELECT k FROM KampungKb k WHERE k.activeVillageKey = :village")
@NamedQuery(
    name = KampungKb.FIND_REGENCY_MODEL,
    query = "SELECT k FROM KampungKb k WHERE k.regencyModelKey = :regency")
@NamedQuery(
    name = KampungKb.FIND_PROVINCE_MODEL,
    query = "SELECT k FROM KampungKb k WHERE k.provinceModelKey = :province")
public class KampungKb extends AuditedEntity {

  public static final String FIND_ACTIVE_IN_VILLAGE = "KampungKb.findActiveInVillage";
  public static final String FIND_REGENCY_MODEL = "KampungKb.findRegencyModel";
  public static final String FIND_PROVINCE_MODEL = "KampungKb.findProvinceModel";

  /** The programme began in 2016; earlier declaration dates are typing errors. */
  public static final LocalDate PROGRAMME_START = LocalDate.of(2016, 1, 1);

  @Id
  @SequenceGenerator(name = "kampung_kb_seq", sequenceName = "kampung_kb_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kampung_kb_seq")
  private Long id;

  @Column(nullable = false, length = 150)
  private String name;

  @Column(name = "village_code", nullable = false, length = 13)
  private String villageCode;

  @Column(name = "rw_coverage", length = 200)
  private String rwCoverage;

  @Column(name = "declaration_date", nullable = false)
  private LocalDate declarationDate;

  @Column(length = 4000)
  private String description;

  @Embedded private GeoPoint location;

  @Enumerated(EnumType.STRING)
  @Column(name = "model_status", nullable = false, length = 20)
  private ModelStatus modelStatus;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private KampungKbStatus status;

  @Column(name = "inactive_reason", length = 500)
  private String inactiveReason;

  @Column(name = "inactive_since")
  private LocalDate inactiveSince;

  @Column(name = "active_village_key", length = 13)
  private String activeVillageKey;

  @Column(name = "regency_model_key", length = 13)
  private String regencyModelKey;

  @Column(name = "province_model_key", length = 13)
  private String provinceModelKey;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kampung_kb_criterion", joinColumns = @JoinColumn(name = "kampung_kb_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "criterion", length = 40)
  private Set<FormationCriterion> criteria = EnumSet.noneOf(FormationCriterion.class);

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected KampungKb() {
    // for JPA
  }

  public KampungKb(RegionCode village, Details details, ModelStatus modelStatus, Instant now) {
    if (village == null || village.level() != RegionLevel.VILLAGE) {
      throw new InvalidInputException(
          "villageCode", "village-level", "a Kampung KB is a village: give a desa/kelurahan code");
    }
    this.villageCode = village.value();
    this.status = KampungKbStatus.ACTIVE;
    this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    describe(details);
    changeModelStatus(modelStatus);
  }

  /**
   * What registration staff type and may correct later.
   *
   * @param location optional
   */
  public record Details(
      String name,
      String rwCoverage,
      LocalDate declarationDate,
      String description,
      GeoPoint location,
      Set<FormationCriterion> criteria) {

    public Details {
      name = Texts.oneTo("name", name, 150);
      if (declarationDate == null) {
        throw new InvalidInputException(
            "declarationDate",
            "required",
            "the declaration date (tanggal pencanangan) is required");
      }
      if (declarationDate.isBefore(PROGRAMME_START)) {
        throw new InvalidInputException(
            "declarationDate", "not-before-2016", "Kampung KB exist since 2016; check the date");
      }
      rwCoverage = blankToNull(rwCoverage);
      description = blankToNull(description);
      criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
    }
  }

  public void describe(Details details) {
    this.name = details.name();
    this.rwCoverage = details.rwCoverage();
    this.declarationDate = details.declarationDate();
    this.description = details.description();
    this.location = details.location();
    this.criteria.clear();
    this.criteria.addAll(details.criteria());
  }

  public final void changeModelStatus(ModelStatus model) {
    this.modelStatus = model == null ? ModelStatus.NONE : model;
    refreshKeys();
  }

  /** Declaration date not in the future is checked by the service, which knows today's date. */
  public void deactivate(String reason, LocalDate since) {
    if (status == KampungKbStatus.INACTIVE) {
      throw new InvalidInputException(
          "status", "already-inactive", "the Kampung KB is already inactive");
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new InvalidInputException(
          "reason", "required", "a reason (1 to 500 characters) is required");
    }
    if (since == null || since.isBefore(declarationDate)) {
      throw new InvalidInputException(
          "since", "after-declaration", "the date must not be before the declaration date");
    }
    this.status = KampungKbStatus.INACTIVE;
    this.inactiveReason = reason.strip();
    this.inactiveSince = since;
    refreshKeys();
  }

  private void refreshKeys() {
    boolean active = status == KampungKbStatus.ACTIVE;
    RegionCode village = village();
    this.activeVillageKey = active ? villageCode : null;
    this.regencyModelKey =
        active && modelStatus == ModelStatus.REGENCY_MODEL
            ? village.ancestors().get(1).value()
            : null;
    this.provinceModelKey =
        active && modelStatus == ModelStatus.PROVINCE_MODEL ? village.provinceCode() : null;
  }

  /** Both main criteria and at least one area criterion (domain brief §2). */
  public boolean meetsFormationCriteria() {
    long main = criteria.stream().filter(c -> c.group() == FormationCriterion.Group.MAIN).count();
    boolean area = criteria.stream().anyMatch(c -> c.group() == FormationCriterion.Group.AREA);
    return main == 2 && area;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public RegionCode village() {
    return RegionCode.of(villageCode);
  }

  public Optional<String> rwCoverage() {
    return Optional.ofNullable(rwCoverage);
  }

  public LocalDate declarationDate() {
    return declarationDate;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<GeoPoint> location() {
    return Optional.ofNullable(location);
  }

  public ModelStatus modelStatus() {
    return modelStatus;
  }

  public KampungKbStatus status() {
    return status;
  }

  public Optional<String> inactiveReason() {
    return Optional.ofNullable(inactiveReason);
  }

  public Optional<LocalDate> inactiveSince() {
    return Optional.ofNullable(inactiveSince);
  }

  public Set<FormationCriterion> criteria() {
    return Set.copyOf(criteria);
  }

  public long version() {
    return version;
  }

  @Override
  public String auditId() {
    return id == null ? villageCode : String.valueOf(id);
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("name", name)
        .and("villageCode", villageCode)
        .and("rwCoverage", rwCoverage)
        .and("declarationDate", declarationDate)
        .and("description", description)
        .and("location", location)
        .and("criteria", new TreeSet<>(criteria))
        .and("modelStatus", modelStatus)
        .and("status", status)
        .and("inactiveReason", inactiveReason)
        .and("inactiveSince", inactiveSince);
  }

  @Override
  public RegionCode auditRegion() {
    return regionOf(villageCode);
  }
}
