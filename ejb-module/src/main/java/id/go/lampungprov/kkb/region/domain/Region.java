package id.go.lampungprov.kkb.region.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * One administrative region. Rows come from the gazetteer and are read-only for the application: a
 * code change by Kemendagri arrives as a new gazetteer version, not as an edit.
 */
@Entity
@Cacheable
@Table(name = "region")
@NamedQuery(
    name = Region.FIND_CHILDREN,
    query = "SELECT r FROM Region r WHERE r.parentCode = :parent ORDER BY r.code")
@NamedQuery(name = Region.FIND_BY_CODES, query = "SELECT r FROM Region r WHERE r.code IN :codes")
@NamedQuery(
    name = Region.FIND_CHILDREN_OF,
    query = "SELECT r FROM Region r WHERE r.parentCode IN :parents ORDER BY r.code")
@NamedQuery(
    name = Region.FIND_PROVINCES,
    query = "SELECT r FROM Region r WHERE r.parentCode IS NULL ORDER BY r.code")
public class Region {

  public static final String FIND_CHILDREN = "Region.findChildren";
  public static final String FIND_BY_CODES = "Region.findByCodes";
  public static final String FIND_CHILDREN_OF = "Region.findChildrenOf";
  public static final String FIND_PROVINCES = "Region.findProvinces";

  @Id
  @Column(name = "code", length = 13)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_level", nullable = false, length = 10)
  private RegionLevel level;

  @Column(name = "parent_code", length = 13)
  private String parentCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "village_type", length = 10)
  private VillageType villageType;

  protected Region() {
    // for JPA
  }

  public Region(RegionCode code, String name) {
    Objects.requireNonNull(code, "code");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a region needs a name: " + code);
    }
    this.code = code.value();
    this.name = name.strip();
    this.level = code.level();
    this.parentCode = code.parent().map(RegionCode::value).orElse(null);
    this.villageType = code.villageType().orElse(null);
  }

  public RegionCode code() {
    return RegionCode.of(code);
  }

  public String name() {
    return name;
  }

  public RegionLevel level() {
    return level;
  }

  public Optional<RegionCode> parentCode() {
    return Optional.ofNullable(parentCode).map(RegionCode::of);
  }

  public Optional<VillageType> villageType() {
    return Optional.ofNullable(villageType);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region other && Objects.equals(code, other.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
