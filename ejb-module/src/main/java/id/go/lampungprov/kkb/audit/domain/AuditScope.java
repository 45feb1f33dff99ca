package id.go.lampungprov.kkb.audit.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;

/**
 * Which audit entries a reader sees: those about their scope's region or below it. Entries about no
 * region (the whole system, unknown user names, national accounts) only a province-scoped or
 * national reader sees, because below the province nobody is responsible for them. A national
 * reader ({@code region} null, see {@link #national()}) sees every entry.
 */
public record AuditScope(RegionCode region) {

  /** The whole country: every entry. */
  public static AuditScope national() {
    return new AuditScope(null);
  }

  public boolean seesEntriesWithoutRegion() {
    return region == null || region.level() == RegionLevel.PROVINCE;
  }

  /**
   * The prefix of the region codes seen: empty for the country. Codes have fixed-width parts, so
   * {@code prefix + "%"} matches the region and below it.
   */
  public String prefix() {
    return region == null ? "" : region.value();
  }

  /** The rule itself; queries express the same with {@code LIKE} on the stored code. */
  public boolean sees(String entryRegion) {
    if (entryRegion == null) {
      return seesEntriesWithoutRegion();
    }
    return region == null
        || (RegionCode.isWellFormed(entryRegion) && RegionCode.of(entryRegion).isWithin(region));
  }
}
