package id.go.lampungprov.kkb.region.web;

import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import java.util.List;

/**
 * The choices of a cascading region picker limited to a user's scope: at a level the scope already
 * fixes, only the scope's own region; below it, the children of what was picked above.
 */
public final class ScopedRegions {

  /** Code lengths: regency 18.07, district 18.07.04, village 18.07.04.2003. */
  public static final int REGENCY = 5;

  public static final int DISTRICT = 8;
  public static final int VILLAGE = 13;

  private ScopedRegions() {}

  /**
   * @param parent the region picked one level up (for regencies: the province, i.e. the scope)
   * @param codeLength the code length of the level offered
   */
  public static List<RegionDto> choices(
      RegionFacade regions, String scope, String parent, int codeLength) {
    if (scope.length() >= codeLength) {
      return List.of(regions.get(scope.substring(0, codeLength)));
    }
    if (parent == null || parent.isBlank()) {
      return List.of();
    }
    return regions.children(parent);
  }
}
