package id.go.lampungprov.kkb.registration.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The data-quality rules: figures that pass the consistency checks of {@link Figures} but stray so
 * far from the Kampung KB's own recent months, or sit so badly with them, that they are probably a
 * typing or counting error. Each rule has a stable code; a rule only ever warns, it never refuses.
 *
 * <ul>
 *   <li>{@code families-jump}, {@code pus-jump}, {@code users-jump}: families, PUS or KB users
 *       differ from the median of the months before (up to {@link QualityThresholds#months()}) by
 *       more than the allowed share. The median, not the mean, so one earlier outlier does not move
 *       the reference.
 *   <li>{@code sterilised-users-drop}: MOW + MOP users fell by more than the allowed share since
 *       the last month reported. A sterilisation is not undone: the number falls only as couples
 *       leave reproductive age, a few a month, so a large fall and last month cannot both be true.
 *   <li>{@code participants-drop-to-zero}: a group (BKB, BKR, BKL, UPPKA, PIK-R) with participants
 *       in each of the (at least two) months before reports none: a group is dissolved by a
 *       decision, which is rare; a forgotten column is common.
 * </ul>
 */
public final class FiguresQuality {

  /** The months before that {@code participants-drop-to-zero} looks at. */
  static final int GROUP_MONTHS = 3;

  private static final List<String> GROUPS =
      List.of(
          "bkbParticipants",
          "bkrParticipants",
          "bklParticipants",
          "uppkaParticipants",
          "pikrParticipants");

  private FiguresQuality() {}

  /**
   * The warnings of a month's figures against the months before it.
   *
   * @param earlier figures of other months of the same Kampung KB (any; those after {@code period}
   *     or too long before are ignored)
   */
  public static List<QualityWarning> check(
      YearMonth period,
      Figures figures,
      Map<YearMonth, Figures> earlier,
      QualityThresholds thresholds) {
    NavigableMap<YearMonth, Figures> before =
        new TreeMap<>(earlier).subMap(period.minusMonths(thresholds.months()), true, period, false);
    List<QualityWarning> warnings = new ArrayList<>();
    if (before.isEmpty()) {
      return warnings;
    }
    jump(warnings, "families", Figures::families, figures, before, thresholds);
    jump(warnings, "pus", Figures::pus, figures, before, thresholds);
    jump(warnings, "users", Figures::users, figures, before, thresholds);
    sterilisedDrop(warnings, figures, before.lastEntry(), thresholds);
    groupsDropToZero(warnings, figures, before.descendingMap().values());
    return warnings;
  }

  private static void jump(
      List<QualityWarning> warnings,
      String field,
      ToLongFunction<Figures> value,
      Figures figures,
      NavigableMap<YearMonth, Figures> before,
      QualityThresholds thresholds) {
    long now = value.applyAsLong(figures);
    long median = median(before.values().stream().mapToLong(value).sorted().toArray());
    if (thresholds.strays(now, median)) {
      warnings.add(
          new QualityWarning(
              field,
              field + "-jump",
              field
                  + " is "
                  + now
                  + ", far from "
                  + median
                  + ", the median of the "
                  + before.size()
                  + " months before (more than "
                  + Math.round(thresholds.maxChange() * 100)
                  + " % apart)",
              now,
              median));
    }
  }

  private static void sterilisedDrop(
      List<QualityWarning> warnings,
      Figures figures,
      Map.Entry<YearMonth, Figures> last,
      QualityThresholds thresholds) {
    long now = figures.usersMow() + figures.usersMop();
    long then = last.getValue().usersMow() + last.getValue().usersMop();
    if (now < then && thresholds.strays(now, then)) {
      warnings.add(
          new QualityWarning(
              "usersMow",
              "sterilised-users-drop",
              "MOW + MOP users fell from "
                  + then
                  + " ("
                  + last.getKey()
                  + ") to "
                  + now
                  + ": a sterilisation is not undone, so the number falls only slowly",
              now,
              then));
    }
  }

  private static void groupsDropToZero(
      List<QualityWarning> warnings, Figures figures, Iterable<Figures> newestFirst) {
    List<Figures> recent = new ArrayList<>();
    for (Figures f : newestFirst) {
      if (recent.size() == GROUP_MONTHS) {
        break;
      }
      recent.add(f);
    }
    if (recent.size() < 2) {
      return;
    }
    for (String group : GROUPS) {
      ToLongFunction<Figures> count = f -> participants(f, group);
      if (count.applyAsLong(figures) == 0
          && recent.stream().allMatch(f -> count.applyAsLong(f) > 0)) {
        long last = count.applyAsLong(recent.get(0));
        warnings.add(
            new QualityWarning(
                group,
                "participants-drop-to-zero",
                group
                    + " is 0 after "
                    + recent.size()
                    + " months with participants ("
                    + last
                    + " last month reported)",
                0,
                last));
      }
    }
  }

  private static long participants(Figures f, String group) {
    return switch (group) {
      case "bkbParticipants" -> f.bkbParticipants();
      case "bkrParticipants" -> f.bkrParticipants();
      case "bklParticipants" -> f.bklParticipants();
      case "uppkaParticipants" -> f.uppkaParticipants();
      case "pikrParticipants" -> f.pikrParticipants();
      default -> throw new IllegalArgumentException(group);
    };
  }

  /** The median of sorted values; of an even count, the mean of the middle two, rounded down. */
  static long median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
