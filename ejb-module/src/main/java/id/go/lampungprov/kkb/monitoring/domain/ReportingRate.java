package id.go.lampungprov.kkb.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The reporting of one area (a regency, a district, …) for one month, counted from the records.
 *
 * @param expected Kampung KB expected to report the month: declared on or before its last day and
 *     active at its end
 * @param received those of them whose figures of the month are recorded
 * @param onTime those received first recorded by the due day (or whose time is unknown, see V28)
 */
public record ReportingRate(
    String regionCode, YearMonth period, long expected, long received, long onTime) {

  public ReportingRate {
    if (received > expected || onTime > received || onTime < 0) {
      throw new IllegalArgumentException(
          "counts out of order: " + expected + " ≥ " + received + " ≥ " + onTime);
    }
  }

  /** Nothing expected, nothing received: an area without Kampung KB that month. */
  public static ReportingRate none(String regionCode, YearMonth period) {
    return new ReportingRate(regionCode, period, 0, 0, 0);
  }

  public long late() {
    return received - onTime;
  }

  public long missing() {
    return expected - received;
  }

  /** Received of expected, in percent with one decimal; empty when nothing was expected. */
  public Optional<BigDecimal> rate() {
    return expected == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(received * 100)
                .divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP));
  }

  /** The two areas' counts together (a total row). */
  public ReportingRate plus(ReportingRate other) {
    return new ReportingRate(
        regionCode,
        period,
        expected + other.expected,
        received + other.received,
        onTime + other.onTime);
  }
}
