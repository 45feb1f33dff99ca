package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.registration.domain.QualityThresholds;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data-quality thresholds from MicroProfile Config: {@code KKB_QUALITY_MAX_CHANGE} (a share,
 * default 0.25), {@code KKB_QUALITY_MONTHS} (default 6) and {@code KKB_QUALITY_MIN_DIFFERENCE}
 * (default 5).
 */
final class QualitySettings {

  static final String MAX_CHANGE = "kkb.quality.max.change";
  static final String MONTHS = "kkb.quality.months";
  static final String MIN_DIFFERENCE = "kkb.quality.min.difference";

  private QualitySettings() {}

  /** Read at each use, so a changed setting needs no restart where the configuration is dynamic. */
  static QualityThresholds thresholds() {
    Config config = ConfigProvider.getConfig();
    QualityThresholds d = QualityThresholds.DEFAULT;
    return new QualityThresholds(
        config.getOptionalValue(MAX_CHANGE, Double.class).orElse(d.maxChange()),
        config.getOptionalValue(MONTHS, Integer.class).orElse(d.months()),
        config.getOptionalValue(MIN_DIFFERENCE, Integer.class).orElse(d.minDifference()));
  }
}
