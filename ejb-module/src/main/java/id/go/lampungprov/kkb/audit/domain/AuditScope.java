package id.go.lampungprov.kkb.audit.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import java.util.Objects;

/**
 * Which audit entries a reader sees: those about their scope's region or below it. Entries about no
 * region (the whole system, unknown user names) only a province-scoped reader sees, because below
 * the province nobody is responsible for them.
 */
public record AuditScope(RegionCode region) {

  public AuditScope {
    Objects.requireNonNull(region, "region");
  }

  public boolean seesEntriesWithoutRegion() {
    return region.level() == RegionLevel.PROVINCE;
  }

  /** The rule itself; queries express the same with {@code LIKE} on the stored code. */
  public boolean sees(String entryRegion) {
    return entryRegion == null
        ? seesEntriesWithoutRegion()
        : RegionCode.isWellFormed(entryRegion) && RegionCode.of(entryRegion).isWithin(region);
  }
}
