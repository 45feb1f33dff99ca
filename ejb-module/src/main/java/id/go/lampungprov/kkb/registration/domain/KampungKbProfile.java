package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.DataSource;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Frequency;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.FundingSource;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Mechanism;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Poktan;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.RegulationLevel;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.RumahDataKu;
import id.go.lampungprov.kkb.security.domain.Nip;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One version of a Kampung KB's profile. Exactly one version is active; the others are history. */
@Entity
@Table(name = "kampung_kb_profile")
@NamedQuery(
    name = KampungKbProfile.FIND_BY_KAMPUNG_KB,
    query =
        "SELECT p FROM KampungKbProfile p WHERE p.kampungKb = :kampungKb ORDER BY p.validFrom DESC, p.id DESC")
public class KampungKbProfile extends AuditedEntity {

  public static final String FIND_BY_KAMPUNG_KB = "KampungKbProfile.findByKampungKb";

  @Id
  @SequenceGenerator(name = "profile_seq", sequenceName = "profile_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "kampung_kb_id")
  private KampungKb kampungKb;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  /** The Kampung KB's id while this version is active, else null: unique, so one active version. */
  @Column(name = "active_key")
  private Long activeKey;

  @Column(name = "pokja_exists", nullable = false)
  private boolean pokjaExists;

  @Column(name = "pokja_has_decree", nullable = false)
  private boolean pokjaHasDecree;

  @Column(name = "pokja_trained", nullable = false)
  private boolean pokjaTrained;

  @Column(name = "pokja_members", nullable = false)
  private int pokjaMembers;

  @Column(name = "pkb_name", length = 120)
  private String pkbName;

  @Column(name = "pkb_nip", length = 18)
  private String pkbNip;

  @Column(name = "regulation_level", nullable = false, length = 10)
  private String regulationLevel;

  @Column(name = "has_rkm", nullable = false)
  private boolean hasRkm;

  @Column(name = "data_sources", nullable = false, length = 200)
  private String dataSources;

  @Column(name = "funding_sources", nullable = false, length = 200)
  private String fundingSources;

  @Column(name = "has_secretariat", nullable = false)
  private boolean hasSecretariat;

  @Column(name = "rumah_dataku", nullable = false, length = 10)
  private String rumahDataKu;

  @Column(nullable = false, length = 200)
  private String poktan;

  @Column(nullable = false, length = 400)
  private String mechanisms;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected KampungKbProfile() {
    // for JPA
  }

  public KampungKbProfile(
      KampungKb kampungKb, LocalDate validFrom, ProfileChecklist c, Instant now) {
    this.kampungKb = kampungKb;
    this.validFrom = validFrom;
    this.activeKey = kampungKb.id();
    this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    this.pokjaExists = c.pokjaExists();
    this.pokjaHasDecree = c.pokjaHasDecree();
    this.pokjaTrained = c.pokjaTrained();
    this.pokjaMembers = c.pokjaMembers();
    this.pkbName = c.pkbName();
    this.pkbNip = c.pkbNip() == null ? null : c.pkbNip().value();
    this.regulationLevel = c.regulationLevel().name();
    this.hasRkm = c.hasRkm();
    this.dataSources = join(c.dataSources());
    this.fundingSources = join(c.fundingSources());
    this.hasSecretariat = c.hasSecretariat();
    this.rumahDataKu = c.rumahDataKu().name();
    this.poktan = join(c.poktan());
    this.mechanisms =
        c.mechanisms().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey().name() + "=" + e.getValue().name())
            .collect(Collectors.joining(";"));
  }

  /** Superseded by a newer version: kept as history. */
  public void supersede() {
    this.activeKey = null;
  }

  public ProfileChecklist checklist() {
    Map<Mechanism, Frequency> m = new EnumMap<>(Mechanism.class);
    for (String pair : mechanisms.split(";")) {
      if (!pair.isBlank()) {
        String[] kv = pair.split("=");
        m.put(Mechanism.valueOf(kv[0]), Frequency.valueOf(kv[1]));
      }
    }
    return new ProfileChecklist(
        pokjaExists,
        pokjaHasDecree,
        pokjaTrained,
        pokjaMembers,
        pkbName,
        pkbNip == null ? null : new Nip(pkbNip),
        RegulationLevel.valueOf(regulationLevel),
        hasRkm,
        split(dataSources, DataSource.class),
        split(fundingSources, FundingSource.class),
        hasSecretariat,
        RumahDataKu.valueOf(rumahDataKu),
        split(poktan, Poktan.class),
        m);
  }

  private static String join(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
    return text.isBlank()
        ? Set.of()
        : Arrays.stream(text.split(","))
            .map(v -> Enum.valueOf(type, v))
            .collect(Collectors.toSet());
  }

  public Long id() {
    return id;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public boolean active() {
    return activeKey != null;
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("kampungKb", kampungKb.id())
        .and("validFrom", validFrom)
        .and("active", activeKey != null)
        .and("checklist", checklist());
  }

  @Override
  public RegionCode auditRegion() {
    return kampungKb.auditRegion();
  }
}
