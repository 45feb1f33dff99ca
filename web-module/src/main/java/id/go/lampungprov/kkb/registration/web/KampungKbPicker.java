package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.region.web.RegionCascade;
import id.go.lampungprov.kkb.registration.facade.KampungKbDto;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * Picks one active Kampung KB by regency and district within the user's scope, so a form offers the
 * few Kampung KB of one district rather than every one of a province (or of the country). The
 * owning backing bean holds it and hands in the facades, which do not belong in the view state.
 */
public class KampungKbPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A district's Kampung KB fit on one page of this size. */
  private static final int DISTRICT_MAX = 200;

  private final RegionCascade region;
  private Long kampungKbId;
  private transient List<KampungKbDto> kampungKbs;

  /**
   * @param scope the user's region code, e.g. {@code 18} or {@code 18.07}
   */
  public KampungKbPicker(String scope) {
    region = new RegionCascade(scope);
  }

  /** Regency and district, within the user's scope. */
  public RegionCascade getRegion() {
    return region;
  }

  /** The active Kampung KB of the district picked, by name; none before a district is picked. */
  public List<KampungKbDto> kampungKbs(KampungKbFacade registry) {
    String district = region.getDistrict();
    if (district == null || district.isBlank()) {
      return List.of();
    }
    if (kampungKbs == null) {
      kampungKbs =
          registry
              .search(
                  new KampungKbFacade.Filter(district, null, "ACTIVE", null, null, null),
                  0,
                  DISTRICT_MAX)
              .content()
              .stream()
              .sorted(Comparator.comparing(KampungKbDto::name))
              .toList();
    }
    return kampungKbs;
  }

  public void regencyChanged() {
    region.regencyChanged();
    districtChanged();
  }

  public void districtChanged() {
    region.districtChanged();
    kampungKbId = null;
    kampungKbs = null;
  }

  public Long getKampungKbId() {
    return kampungKbId;
  }

  public void setKampungKbId(Long kampungKbId) {
    this.kampungKbId = kampungKbId;
  }
}
