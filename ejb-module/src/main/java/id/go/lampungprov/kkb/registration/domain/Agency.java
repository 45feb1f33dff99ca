package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
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
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A government agency or partner that runs interventions or organises events (Dinas Sosial, Dinas
 * Perdagangan, Perwakilan BKKBN …). The list is maintained by administrators; an agency that is
 * merged or renamed is retired, never deleted, so old records keep their name.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.FIND_ALL, query = "SELECT a FROM Agency a ORDER BY a.name")
@NamedQuery(name = Agency.FIND_BY_CODE, query = "SELECT a FROM Agency a WHERE a.code = :code")
public class Agency extends AuditedEntity {

  public static final String FIND_ALL = "Agency.findAll";
  public static final String FIND_BY_CODE = "Agency.findByCode";
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

  @Id
  @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
  private Long id;

  @Column(nullable = false, length = 30, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AgencyLevel level;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected Agency() {
    // for JPA
  }

  public Agency(String code, String name, AgencyLevel level) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInputException(
          "code", "pattern", "the code is 2 to 30 capitals, digits or _, starting with a capital");
    }
    this.code = code;
    rename(name, level);
    this.active = true;
  }

  public void rename(String name, AgencyLevel level) {
    String checked = Texts.oneTo("name", name, 200);
    if (level == null) {
      throw new InvalidInputException("level", "required", "the level is required");
    }
    this.name = checked;
    this.level = level;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public AgencyLevel level() {
    return level;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("code", code).and("name", name).and("level", level).and("active", active);
  }

  /** One list for the whole province: about no region. */
  @Override
  public RegionCode auditRegion() {
    return null;
  }
}
