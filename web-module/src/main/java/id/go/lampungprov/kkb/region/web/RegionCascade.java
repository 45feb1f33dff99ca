package id.go.lampungprov.kkb.region.web;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.util.List;

/**
 * The regency → district → village picker of a form or a filter, limited to the user's scope: a
 * level the scope fixes offers only the scope's own region and cannot change; below it, the
 * children of what was picked above; a new regency empties what was picked below it. It lives in
 * the view state, so the region facade is not a field of it but looked up when the choices are
 * read.
 */
public class RegionCascade implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The national scope's code (security's {@code Scope}): no region code but the whole country, so
   * nothing is fixed, the regencies are those of every province and an unfiltered list is national.
   */
  static final String COUNTRY = "ID";

  private final String scope;
  private String regency;
  private String district;
  private String village;

  /**
   * @param scope the user's region code, e.g. {@code 18} or {@code 18.07}, or {@code ID}
   */
  public RegionCascade(String scope) {
    this.scope = scope;
    regency = fixed(RegionLevel.REGENCY);
    district = fixed(RegionLevel.DISTRICT);
  }

  /** Starts at a stored village, as when a record is corrected. */
  public void startAt(String villageCode) {
    RegionCode code = RegionCode.of(villageCode);
    regency = code.at(RegionLevel.REGENCY).map(RegionCode::value).orElse(null);
    district = code.at(RegionLevel.DISTRICT).map(RegionCode::value).orElse(null);
    village = villageCode;
  }

  /** Regencies the user may pick: all of the province, or only their own. */
  public List<RegionDto> getRegencies() {
    if (COUNTRY.equals(scope)) {
      return regions().regenciesOfAllProvinces();
    }
    return choices(RegionLevel.REGENCY, scope);
  }

  public List<RegionDto> getDistricts() {
    return choices(RegionLevel.DISTRICT, regency);
  }

  public List<RegionDto> getVillages() {
    return choices(RegionLevel.VILLAGE, district);
  }

  /** A new regency empties the district (unless the scope fixes it) and the village below it. */
  public void regencyChanged() {
    district = isDistrictFixed() ? district : null;
    village = null;
  }

  public void districtChanged() {
    village = null;
  }

  public boolean isRegencyFixed() {
    return fixed(RegionLevel.REGENCY) != null;
  }

  public boolean isDistrictFixed() {
    return fixed(RegionLevel.DISTRICT) != null;
  }

  /** The narrowest region picked, or the user's scope: what a list is filtered by. */
  public String narrowest() {
    if (district != null && !district.isBlank()) {
      return district;
    }
    if (regency != null && !regency.isBlank()) {
      return regency;
    }
    // An unfiltered national list: no region, which the services read as the whole country.
    return COUNTRY.equals(scope) ? "" : scope;
  }

  /** The scope's own region at this level, or null where the scope is wider. */
  private String fixed(RegionLevel level) {
    if (!RegionCode.isWellFormed(scope)) {
      return null;
    }
    return RegionCode.of(scope).at(level).map(RegionCode::value).orElse(null);
  }

  private List<RegionDto> choices(RegionLevel level, String parent) {
    String fixed = fixed(level);
    if (fixed != null) {
      return List.of(regions().get(fixed));
    }
    if (parent == null || parent.isBlank()) {
      return List.of();
    }
    return regions().children(parent);
  }

  private static RegionFacade regions() {
    return CDI.current().select(RegionFacade.class).get();
  }

  public String getRegency() {
    return regency;
  }

  public void setRegency(String regency) {
    this.regency = regency;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getVillage() {
    return village;
  }

  public void setVillage(String village) {
    this.village = village;
  }
}
