package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Phone;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * A person in the registry. Data is kept minimal (UU PDP): name, sex, phone, optional NIK (only
 * encrypted, plus a masked copy for display) and NIP. The village places the person in a regional
 * scope. Erasure keeps the row as a tombstone so counts of attendance and membership stay right.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = Person.FIND_BY_NIK_INDEX,
    query = "SELECT p FROM Person p WHERE p.nikIndex = :index")
public class Person extends AuditedEntity {

  public static final String FIND_BY_NIK_INDEX = "Person.findByNikIndex";
  public static final String ERASED_NAME = "(dihapus atas permintaan)";

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 6)
  private Sex sex;

  @Column(length = 20)
  private String phone;

  @Column(name = "nik_encrypted", length = 200)
  private String nikEncrypted;

  @Column(name = "nik_index", length = 64)
  private String nikIndex;

  @Column(name = "nik_masked", length = 20)
  private String nikMasked;

  @Column(length = 18)
  private String nip;

  @Column(name = "village_code", nullable = false, length = 13)
  private String villageCode;

  @Column(nullable = false)
  private boolean erased;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Person() {
    // for JPA
  }

  public Person(RegionCode village, String fullName, Sex sex, String phone, Nip nip, Instant now) {
    this.villageCode = village.value();
    this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    correct(fullName, sex, phone, nip);
  }

  public void correct(String fullName, Sex sex, String phone, Nip nip) {
    requireNotErased();
    String name = Texts.oneTo("fullName", fullName, 120, "full name: 1 to 120 characters");
    if (sex == null) {
      throw new InvalidInputException("sex", "required", "sex is required (MALE or FEMALE)");
    }
    this.fullName = name;
    this.sex = sex;
    this.phone = normalizePhone(phone);
    this.nip = nip == null ? null : nip.value();
  }

  /**
   * Sets the protected NIK.
   *
   * @param encrypted the sealed NIK, never the plain number
   * @param index the keyed blind index, for uniqueness
   * @param masked what may be shown, e.g. {@code 1807••••••••0001}
   */
  public void protectNik(String encrypted, String index, String masked) {
    requireNotErased();
    this.nikEncrypted = encrypted;
    this.nikIndex = index;
    this.nikMasked = masked;
  }

  /** The same NIK sealed again under a new key (a key rotation); what is shown stays. */
  public void resealNik(String encrypted, String index) {
    if (nikEncrypted == null) {
      throw new IllegalStateException("no NIK to reseal");
    }
    this.nikEncrypted = encrypted;
    this.nikIndex = index;
  }

  /** Right to erasure: personal data is removed, the row stays so counts stay correct. */
  public void erase() {
    requireNotErased();
    this.fullName = ERASED_NAME;
    this.phone = null;
    this.nikEncrypted = null;
    this.nikIndex = null;
    this.nikMasked = null;
    this.nip = null;
    this.erased = true;
  }

  private void requireNotErased() {
    if (erased) {
      throw new InvalidInputException("id", "erased", "this person's data has been erased");
    }
  }

  static String normalizePhone(String phone) {
    return Phone.normalize("phone", phone);
  }

  public Long id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }

  public Sex sex() {
    return sex;
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<String> nikEncrypted() {
    return Optional.ofNullable(nikEncrypted);
  }

  public Optional<String> nikMasked() {
    return Optional.ofNullable(nikMasked);
  }

  public Optional<Nip> nip() {
    return Optional.ofNullable(nip).map(Nip::new);
  }

  public RegionCode village() {
    return RegionCode.of(villageCode);
  }

  public boolean erased() {
    return erased;
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("fullName", fullName)
        .and("sex", sex)
        .and("phone", phone)
        .and("nik", nikMasked)
        .and("nip", nip)
        .and("villageCode", villageCode)
        .and("erased", erased);
  }

  @Override
  public RegionCode auditRegion() {
    return regionOf(villageCode);
  }

  /** Only the masked NIK ever reaches the audit trail. */
}
