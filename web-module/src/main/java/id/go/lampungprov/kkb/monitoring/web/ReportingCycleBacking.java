package id.go.lampungprov.kkb.monitoring.web;

import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.MissingDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.RateTableDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.ReportingMonthDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingFacade;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.PageModel;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kelengkapan laporan: the reporting rates of an area over twelve months, the month's approval per
 * regency with the steps the user's role allows, and the Kampung KB whose report is missing with
 * the operators responsible.
 */
@Named("reportingCycle")
@ViewScoped
public class ReportingCycleBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "approvals";

  @Inject private ReportingFacade reporting;
  @Inject private ScopeAreas scopeAreas;
  @Inject private AccountFacade accounts;

  private String scope;
  private String region;
  private String period;

  /** The area and month the table and the list show: those of the last "Tampilkan" that worked. */
  private String shownRegion;

  private String shownPeriod;
  private String reason;
  private RateTableDto table;
  private PageModel<MissingDto, PageDto<MissingDto>> missing;

  @PostConstruct
  void init() {
    scope = accounts.me().scope();
    region = scope;
    period = reporting.currentPeriod();
    shownRegion = region;
    shownPeriod = period;
    missing =
        PageModel.paged(
            (page, size) -> reporting.missing(shownRegion, shownPeriod, page, size),
            m -> m.kampungKbId() + "/" + m.period());
  }

  /** The button "Tampilkan": the table and the list for the chosen area and month. */
  public void show() {
    try {
      table = reporting.rates(region, period);
      shownRegion = region;
      shownPeriod = period;
    } catch (BusinessException e) {
      FormMessages.show("filters", Set.of("period", "region"), e);
    }
  }

  public RateTableDto getTable() {
    if (table == null) {
      table = reporting.rates(shownRegion, shownPeriod);
    }
    return table;
  }

  public PageModel<MissingDto, PageDto<MissingDto>> getMissing() {
    return missing;
  }

  public void submit(ReportingMonthDto month) {
    step(() -> reporting.submit(month.regency(), month.period(), month.version()), "submitted");
  }

  public void approve(ReportingMonthDto month) {
    step(() -> reporting.approve(month.regency(), month.period(), month.version()), "approved");
  }

  public void reopen(ReportingMonthDto month) {
    step(
        () -> reporting.reopen(month.regency(), month.period(), month.version(), reason),
        "reopened");
  }

  private void step(Runnable action, String done) {
    try {
      action.run();
      reason = null;
      table = null;
      FormMessages.info(FormMessages.text("reportingCycle." + done, done));
    } catch (BusinessException e) {
      FormMessages.show(FORM, Set.of("reason"), e);
    }
  }

  /** The filters of both exports (kkb:exportButtons): the area and month shown. */
  public Map<String, String> getExportFilters() {
    Map<String, String> filters = new HashMap<>();
    filters.put("region", shownRegion);
    filters.put("period", shownPeriod);
    return filters;
  }

  /** The user's scope and the areas one level below it. */
  public List<RegionDto> getAreas() {
    return scopeAreas.of(scope);
  }

  /** A rate in percent for a cell, or a dash when nothing was expected. */
  public String percent(java.math.BigDecimal rate) {
    return rate == null ? "–" : rate.toPlainString() + "%";
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

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
