package id.go.lampungprov.kkb.portal.web;

import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.portal.application.PublicPortalService;
import id.go.lampungprov.kkb.portal.application.PublicViews;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Statistics drilled down: the province (a line per regency), a regency (per district), a district
 * (per village; a village leads to the directory of its Kampung KB). Each table also as XLSX and
 * CSV from the public API, the same figures.
 */
@Named("publicStatistics")
@RequestScoped
public class PublicStatisticsBacking {

  @EJB private PublicPortalService portal;
  @EJB private RegionService regions;

  private String region;
  private Integer year;
  private PublicViews.Statistics statistics;

  public void load() {
    try {
      statistics = portal.statistics(region, year);
    } catch (BusinessException e) {
      FormMessages.show("statistics", Set.of(), e);
    }
  }

  public PublicViews.Statistics getStatistics() {
    return statistics;
  }

  /** The areas above this one, the province first, for the way back up. */
  public List<Region> getCrumbs() {
    if (statistics == null) {
      return List.of();
    }
    List<RegionCode> above = RegionCode.of(statistics.code()).ancestors();
    if (above.isEmpty()) {
      return List.of();
    }
    List<Region> found = new ArrayList<>(regions.findRegions(above));
    found.sort(Comparator.comparing(r -> r.code().value()));
    return found;
  }

  /** Whether the lines are villages: they lead to the directory, not to another table. */
  public boolean isVillages() {
    return statistics != null && "DISTRICT".equals(statistics.level());
  }

  /** The address of this table as a file (format xlsx or csv). */
  public String download(String format) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/public/statistics?format="
        + format
        + "&region="
        + statistics.code()
        + "&year="
        + statistics.year();
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
