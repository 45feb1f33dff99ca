package id.go.lampungprov.kkb.monitoring.web;

import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.MonthMissingDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingFacade;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The Beranda's panel: this month's and last month's missing reports in the user's scope. */
@Named("missingReports")
@RequestScoped
public class MissingReportsPanel {

  @Inject private ReportingFacade reporting;

  private List<MonthMissingDto> months;

  public List<MonthMissingDto> getMonths() {
    if (months == null) {
      months = reporting.missingForCaller();
    }
    return months;
  }
}
