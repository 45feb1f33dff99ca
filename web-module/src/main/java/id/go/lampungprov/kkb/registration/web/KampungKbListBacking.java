package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.web.PageModel;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import id.go.lampungprov.kkb.region.web.ScopedRegions;
import id.go.lampungprov.kkb.registration.facade.KampungKbDto;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Kampung KB list: filters by regency and district (limited to the user's scope), name and
 * status; one page at a time from the database, never the whole table.
 */
@Named
@ViewScoped
public class KampungKbListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KampungKbFacade registry;
  @Inject private RegionFacade regions;
  @Inject private AccountFacade accounts;

  private String scope;
  private String regency;
  private String district;
  private String q;
  private String status = "ACTIVE";
  private PageModel<KampungKbDto, PageDto<KampungKbDto>> model;

  @PostConstruct
  void init() {
    scope = accounts.me().scope();
    if (scope.length() >= 5) {
      regency = scope.substring(0, 5);
    }
    if (scope.length() >= 8) {
      district = scope.substring(0, 8);
    }
    model =
        PageModel.paged(
            (page, size) ->
                registry.search(
                    new KampungKbFacade.Filter(region(), q, status, null, null, null), page, size),
            k -> String.valueOf(k.id()));
  }

  /** The narrowest region picked, or the user's scope. */
  String region() {
    if (district != null && !district.isBlank()) {
      return district;
    }
    if (regency != null && !regency.isBlank()) {
      return regency;
    }
    return scope;
  }

  /** Regencies the user may pick: all of the province, or only their own. */
  public List<RegionDto> getRegencies() {
    return ScopedRegions.choices(regions, scope, scope, ScopedRegions.REGENCY);
  }

  public List<RegionDto> getDistricts() {
    return ScopedRegions.choices(regions, scope, regency, ScopedRegions.DISTRICT);
  }

  /** A new regency empties the district, which belonged to the old one. */
  public void regencyChanged() {
    if (scope.length() < 8) {
      district = null;
    }
  }

  public boolean isRegencyFixed() {
    return scope.length() >= 5;
  }

  public boolean isDistrictFixed() {
    return scope.length() >= 8;
  }

  public PageModel<KampungKbDto, PageDto<KampungKbDto>> getModel() {
    return model;
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

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
