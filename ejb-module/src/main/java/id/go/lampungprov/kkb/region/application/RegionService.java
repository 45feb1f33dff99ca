package id.go.lampungprov.kkb.region.application;

import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionSearch;
import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Look-ups in the administrative hierarchy. */
public interface RegionService {

  Optional<Region> findRegion(RegionCode code);

  /** The region, or {@link id.go.lampungprov.kkb.shared.domain.EntityNotFoundException}. */
  Region getRegion(RegionCode code);

  /** The direct children of an existing region, ordered by code. */
  List<Region> getChildren(RegionCode parent);

  /**
   * The children of all these regions in one look-up, ordered by code; unknown parents add none.
   */
  List<Region> getChildren(Collection<RegionCode> parents);

  /** The provinces loaded (Lampung, plus those loaded on request), ordered by code. */
  List<Region> getProvinces();

  /** The regions with these codes that exist, in no particular order. */
  List<Region> findRegions(Collection<RegionCode> codes);

  Page<Region> search(RegionSearch search);
}
