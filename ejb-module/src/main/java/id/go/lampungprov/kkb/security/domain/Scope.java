package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The area an account is limited to: {@code ID} the whole country (Indonesia), {@code 18} one
 * province, {@code 18.07} one regency, {@code 18.07.04} one district. Every read and write of
 * regional data is checked against it.
 *
 * <p>The country is no region of the gazetteer (its top level is the province), so the national
 * scope holds no region code. Queries still take one path for every scope: a code prefix ({@link
 * #prefix()}), which is empty for the country and so matches every code.
 */
public final class Scope implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The code of the national scope: Indonesia's ISO 3166 code, as the recap names the country. */
  public static final String NATIONAL_CODE = "ID";

  /** The whole country: covers every region code. */
  public static final Scope NATIONAL = new Scope(null);

  /** Null for the national scope. */
  private final RegionCode region;

  private Scope(RegionCode region) {
    this.region = region;
  }

  /** The scope of one region. */
  public static Scope of(RegionCode region) {
    return new Scope(Objects.requireNonNull(region, "region"));
  }

  /** {@code ID} for the national scope, else a region code; malformed codes name field scope. */
  public static Scope of(String code) {
    return NATIONAL_CODE.equals(code) ? NATIONAL : of(RegionCode.parse("scope", code));
  }

  public boolean isNational() {
    return region == null;
  }

  /** The scope's region; empty for the national scope. */
  public Optional<RegionCode> region() {
    return Optional.ofNullable(region);
  }

  /** {@code ID} or the region code, as stored and shown. */
  public String code() {
    return region == null ? NATIONAL_CODE : region.value();
  }

  /**
   * The prefix every code in the scope starts with: empty for the country. Kemendagri codes have
   * fixed-width parts, so {@code prefix + "%"} matches exactly the scope's region and below it.
   */
  public String prefix() {
    return region == null ? "" : region.value();
  }

  /** True if the code is the scope's region or lies below it; every code for the country. */
  public boolean covers(RegionCode code) {
    return region == null || code.isWithin(region);
  }

  public boolean covers(Scope other) {
    return region == null || (other.region != null && covers(other.region));
  }

  /** True if the whole scope lies within {@code area} (never for the country). */
  public boolean isWithin(RegionCode area) {
    return region != null && region.isWithin(area);
  }

  /** The LIKE pattern matching every code below the scope's region; every code for the country. */
  public String descendantsPattern() {
    return region == null ? "%" : region.value() + ".%";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope other && Objects.equals(region, other.region);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(region);
  }

  @Override
  public String toString() {
    return code();
  }
}
