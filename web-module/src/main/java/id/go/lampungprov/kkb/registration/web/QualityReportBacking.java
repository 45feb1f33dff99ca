package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.registration.facade.QualityReportFacade;
import id.go.lampungprov.kkb.registration.facade.QualityReportFacade.RowDto;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Kualitas data: the quality warnings on a month's figures in an area, with the rule of each. */
@Named("qualityReport")
@ViewScoped
public class QualityReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QualityReportFacade quality;
  @Inject private AccountFacade accounts;

  private String region;
  private String period;
  private List<RowDto> rows;

  @PostConstruct
  void init() {
    String scope = accounts.me().scope();
    region = "ID".equals(scope) ? "" : scope;
    period = YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(1).toString();
  }

  /** The button "Tampilkan". */
  public void show() {
    rows = null;
    try {
      getRows();
    } catch (BusinessException e) {
      rows = List.of();
      FormMessages.show("filters", Set.of("period", "region"), e);
    }
  }

  public List<RowDto> getRows() {
    if (rows == null) {
      rows = quality.report(region, period);
    }
    return rows;
  }

  /** The filters of the export (kkb:exportButtons): the area and month shown. */
  public Map<String, String> getExportFilters() {
    return Filters.named("region", region, "period", period);
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
