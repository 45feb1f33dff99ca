package id.go.lampungprov.kkb.region.domain;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code such as {@code 18.07.04.2003}. The level, the parent and every ancestor
 * follow from the code itself, so no lookup is needed to know where a village belongs.
 */
@Embeddable
public final class RegionCode implements Serializable, Comparable<RegionCode> {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORMAT =
      Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

  private String value;

  protected RegionCode() {
    // for JPA
  }

  private RegionCode(String value) {
    this.value = value;
  }

  /** Parses a code, naming {@code field} in the error when it is malformed. */
  public static RegionCode parse(String field, String value) {
    if (!isWellFormed(value)) {
      throw new InvalidRegionCodeException(field, value);
    }
    return new RegionCode(value);
  }

  public static RegionCode of(String value) {
    return parse("code", value);
  }

  public static boolean isWellFormed(String value) {
    return value != null && value.length() <= 13 && FORMAT.matcher(value).matches();
  }

  public String value() {
    return value;
  }

  public RegionLevel level() {
    return RegionLevel.ofParts(value.split("\\.").length);
  }

  public Optional<RegionCode> parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, dot)));
  }

  /** Ancestors from the province down to the parent; empty for a province. */
  public List<RegionCode> ancestors() {
    List<RegionCode> result = new ArrayList<>();
    for (Optional<RegionCode> p = parent(); p.isPresent(); p = p.get().parent()) {
      result.add(0, p.get());
    }
    return result;
  }

  /**
   * The region at {@code level} that this code lies in, itself at its own level; empty when this
   * code is wider than {@code level} (a regency lies in no one district). A user's scope fixes the
   * levels it reaches: scope 18.07 fixes the regency, not the district.
   */
  public Optional<RegionCode> at(RegionLevel level) {
    if (level.compareTo(level()) > 0) {
      return Optional.empty();
    }
    RegionCode code = this;
    while (code.level() != level) {
      code = code.parent().orElseThrow();
    }
    return Optional.of(code);
  }

  public String provinceCode() {
    return value.substring(0, 2);
  }

  /** True if this code is {@code other} or lies below it. */
  public boolean isWithin(RegionCode other) {
    return value.equals(other.value) || value.startsWith(other.value + ".");
  }

  /** Desa or kelurahan for a village code, empty for the other levels. */
  public Optional<VillageType> villageType() {
    if (level() != RegionLevel.VILLAGE) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        VillageType.ofVillagePart(value.substring(value.lastIndexOf('.') + 1)));
  }

  @Override
  public int compareTo(RegionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
