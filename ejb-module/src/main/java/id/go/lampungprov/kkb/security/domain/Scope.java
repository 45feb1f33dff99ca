package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.util.Objects;

/**
 * The region an account is limited to: {@code 18} the whole province, {@code 18.07} one regency,
 * {@code 18.07.04} one district. Every read and write of regional data is checked against it.
 */
public record Scope(RegionCode region) {

  public Scope {
    Objects.requireNonNull(region, "region");
  }

  public static Scope of(String code) {
    return new Scope(RegionCode.parse("scope", code));
  }

  /** True if the code is the scope's region or lies below it. */
  public boolean covers(RegionCode code) {
    return code.isWithin(region);
  }

  public boolean covers(Scope other) {
    return covers(other.region);
  }

  /** The LIKE pattern matching every code below the scope's region. */
  public String descendantsPattern() {
    return region.value() + ".%";
  }

  @Override
  public String toString() {
    return region.value();
  }
}
