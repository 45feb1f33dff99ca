package id.go.lampungprov.kkb.registration.domain;

/**
 * How far a figure may stray before {@link FiguresQuality} warns.
 *
 * @param maxChange the share a figure may differ from its reference (0.25 = 25 %), {@code
 *     KKB_QUALITY_MAX_CHANGE}
 * @param months how many months before the reported one form its reference, {@code
 *     KKB_QUALITY_MONTHS}
 * @param minDifference a difference smaller than this never warns, so that a small Kampung KB going
 *     from 4 to 6 families is not flagged as a 50 % jump, {@code KKB_QUALITY_MIN_DIFFERENCE}
 */
public record QualityThresholds(double maxChange, int months, int minDifference) {

  public static final QualityThresholds DEFAULT = new QualityThresholds(0.25, 6, 5);

  public QualityThresholds {
    if (!(maxChange > 0) || maxChange > 10) {
      throw new IllegalArgumentException("the maximum change is a share above 0: " + maxChange);
    }
    if (months < 1 || months > 24) {
      throw new IllegalArgumentException("the months compared are 1–24: " + months);
    }
    if (minDifference < 0) {
      throw new IllegalArgumentException("the minimum difference is not negative");
    }
  }

  /** Whether {@code value} strays from {@code reference} by more than allowed. */
  boolean strays(long value, long reference) {
    long difference = Math.abs(value - reference);
    return difference >= minDifference && difference > maxChange * reference;
  }
}
