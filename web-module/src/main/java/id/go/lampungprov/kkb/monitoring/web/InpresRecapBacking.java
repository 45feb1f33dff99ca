package id.go.lampungprov.kkb.monitoring.web;

import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.RecapDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresFacade;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Intervensi menurut sasaran Inpres 3/2022: the interventions of a year per target, programme and
 * activity and per area one level below the one chosen, with the Kampung KB they reached.
 */
@Named("inpresRecap")
@ViewScoped
public class InpresRecapBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InpresFacade inpres;
  @Inject private AccountFacade accounts;
  @Inject private ScopeAreas scopeAreas;

  private String scope;
  private String region;
  private String year;
  private RecapDto recap;

  @PostConstruct
  void init() {
    scope = accounts.me().scope();
    region = scope;
    year = String.valueOf(inpres.currentYear());
  }

  /** The button "Tampilkan". */
  public void show() {
    recap = null;
    try {
      getRecap();
    } catch (BusinessException e) {
      FormMessages.show("filters", Set.of("region", "year"), e);
    }
  }

  public RecapDto getRecap() {
    if (recap == null) {
      recap = inpres.recap(region, year);
    }
    return recap;
  }

  /** The filters of the buttons "XLSX"/"CSV" (kkb:exportButtons): the area and year shown. */
  public Map<String, String> getExportFilters() {
    return Filters.named("region", region, "year", year);
  }

  public List<RegionDto> getAreas() {
    return scopeAreas.of(scope);
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
