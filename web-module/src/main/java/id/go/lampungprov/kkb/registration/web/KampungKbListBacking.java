package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.web.PageModel;
import id.go.lampungprov.kkb.region.web.RegionCascade;
import id.go.lampungprov.kkb.registration.facade.KampungKbDto;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The Kampung KB list: filters by regency and district (limited to the user's scope), name and
 * status; one page at a time from the database, never the whole table.
 */
@Named
@ViewScoped
public class KampungKbListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KampungKbFacade registry;
  @Inject private AccountFacade accounts;

  private RegionCascade region;
  private String q;
  private String status = "ACTIVE";
  private PageModel<KampungKbDto, PageDto<KampungKbDto>> model;

  @PostConstruct
  void init() {
    region = new RegionCascade(accounts.me().scope());
    model =
        PageModel.paged(
            (page, size) ->
                registry.search(
                    new KampungKbFacade.Filter(region.narrowest(), q, status, null, null, null),
                    page,
                    size),
            k -> String.valueOf(k.id()));
  }

  /** The filters of the buttons "XLSX" and "CSV": the list as filtered on the page. */
  public Map<String, String> getExportFilters() {
    return Filters.named("region", region.narrowest(), "q", q, "status", status);
  }

  /** Regency and district: limited to the user's scope. */
  public RegionCascade getRegion() {
    return region;
  }

  public PageModel<KampungKbDto, PageDto<KampungKbDto>> getModel() {
    return model;
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
