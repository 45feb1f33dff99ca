package id.go.lampungprov.kkb.monitoring.application;

import id.go.lampungprov.kkb.monitoring.domain.ReportingDeadline;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/** The reporting cycle's settings: Lampung time and the due day ({@code KKB_REPORT_DUE_DAY}). */
final class ReportingClock {

  static final ZoneId ZONE = ReportingDeadline.ZONE;

  /** MicroProfile Config key; the environment variable {@code KKB_REPORT_DUE_DAY} sets it. */
  static final String DUE_DAY = "kkb.report.due.day";

  private ReportingClock() {}

  /** Read at each use, so a changed setting needs no restart where the configuration is dynamic. */
  static ReportingDeadline deadline() {
    return new ReportingDeadline(
        ConfigProvider.getConfig()
            .getOptionalValue(DUE_DAY, Integer.class)
            .orElse(ReportingDeadline.DEFAULT_DUE_DAY));
  }
}
