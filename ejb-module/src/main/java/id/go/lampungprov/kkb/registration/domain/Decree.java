package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A decree (Surat Keputusan). The issuer's region is the village for a village head's decree, the
 * regency for a regent's: every Kampung KB it covers must lie in that region.
 */
@Entity
@Table(name = "decree")
@NamedQuery(
    name = Decree.FIND_COVERING,
    query = "SELECT d FROM Decree d JOIN d.covered k WHERE k = :kampungKb ORDER BY d.decreeDate")
@NamedQuery(
    name = Decree.FIND_BY_NUMBER,
    query = "SELECT d FROM Decree d WHERE d.issuerRegion = :region AND d.number = :number")
public class Decree extends AuditedEntity {

  public static final String FIND_COVERING = "Decree.findCovering";
  public static final String FIND_BY_NUMBER = "Decree.findByNumber";

  @Id
  @SequenceGenerator(name = "decree_seq", sequenceName = "decree_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decree_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String number;

  @Column(name = "decree_date", nullable = false)
  private LocalDate decreeDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "issuer_level", nullable = false, length = 10)
  private RegionLevel issuerLevel;

  @Column(name = "issuer_region", nullable = false, length = 13)
  private String issuerRegion;

  @Column(name = "signer_name", nullable = false, length = 120)
  private String signerName;

  @Column(name = "signer_position", nullable = false, length = 120)
  private String signerPosition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private DecreeSubject subject;

  @ManyToMany
  @JoinTable(
      name = "decree_kampung_kb",
      joinColumns = @JoinColumn(name = "decree_id"),
      inverseJoinColumns = @JoinColumn(name = "kampung_kb_id"))
  private Set<KampungKb> covered = new LinkedHashSet<>();

  @ManyToOne
  @JoinColumn(name = "document_file_id")
  private StoredFile document;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Decree() {
    // for JPA
  }

  public Decree(
      String number,
      LocalDate date,
      RegionCode issuerRegion,
      String signerName,
      String signerPosition,
      DecreeSubject subject,
      List<KampungKb> covers,
      Instant now) {
    this.number = Texts.oneTo("number", number, 100);
    if (date == null) {
      throw new InvalidInputException("date", "required", "the decree date is required");
    }
    this.decreeDate = date;
    this.issuerRegion = issuerRegion.value();
    this.issuerLevel = issuerRegion.level();
    this.signerName = Texts.oneTo("signerName", signerName, 120);
    this.signerPosition = Texts.oneTo("signerPosition", signerPosition, 120);
    if (subject == null) {
      throw new InvalidInputException("subject", "required", "the subject is required");
    }
    this.subject = subject;
    if (covers == null || covers.isEmpty()) {
      throw new InvalidInputException(
          "kampungKbIds", "required", "a decree covers at least one Kampung KB");
    }
    for (KampungKb k : covers) {
      if (!k.village().isWithin(issuerRegion)) {
        throw new InvalidInputException(
            "kampungKbIds",
            "within-issuer",
            "Kampung KB " + k.id() + " lies outside the issuer's region " + issuerRegion);
      }
      covered.add(k);
    }
    this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public LocalDate date() {
    return decreeDate;
  }

  public RegionLevel issuerLevel() {
    return issuerLevel;
  }

  public RegionCode issuerRegion() {
    return RegionCode.of(issuerRegion);
  }

  public String signerName() {
    return signerName;
  }

  public String signerPosition() {
    return signerPosition;
  }

  public DecreeSubject subject() {
    return subject;
  }

  public List<KampungKb> covered() {
    return covered.stream().sorted(Comparator.comparing(KampungKb::id)).toList();
  }

  /** The scanned original, if one was attached. */
  public java.util.Optional<StoredFile> document() {
    return java.util.Optional.ofNullable(document);
  }

  /** Attaches the scanned original, replacing an earlier scan; returns the replaced one. */
  public java.util.Optional<StoredFile> attachDocument(StoredFile scan) {
    StoredFile previous = document;
    document = scan;
    return java.util.Optional.ofNullable(previous);
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("number", number)
        .and("date", decreeDate)
        .and("issuerRegion", issuerRegion)
        .and("signerName", signerName)
        .and("signerPosition", signerPosition)
        .and("subject", subject)
        .and("document", document == null ? null : document.sha256())
        .and("covered", covered.stream().map(KampungKb::id).sorted().toList());
  }

  /** The region of the office that issued it: the village or the regency. */
  @Override
  public RegionCode auditRegion() {
    return regionOf(issuerRegion);
  }
}
