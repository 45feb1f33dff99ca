package id.go.lampungprov.kkb.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FiguresQualityTest {

  private static final YearMonth MAY = YearMonth.of(2025, 5);

  /** Families, PUS, pill users, MOW users and BKB participants; everything else 0. */
  static Figures f(int families, int pus, int pill, int mow, int bkb) {
    return new Figures(
        families, pus, 0, 0, 0, 0, bkb, 0, 0, 0, 0, 0, mow, 0, 0, 0, 0, pill, 0, 0, 0, 0, 0);
  }

  static Figures steady() {
    return f(4000, 300, 100, 20, 30);
  }

  /** January to April at the steady figures. */
  static Map<YearMonth, Figures> fourSteadyMonths() {
    Map<YearMonth, Figures> months = new TreeMap<>();
    for (int m = 1; m <= 4; m++) {
      months.put(YearMonth.of(2025, m), steady());
    }
    return months;
  }

  static List<String> rules(Figures may, Map<YearMonth, Figures> earlier) {
    return FiguresQuality.check(MAY, may, earlier, QualityThresholds.DEFAULT).stream()
        .map(QualityWarning::rule)
        .toList();
  }

  @Test
  void steadyFiguresRaiseNothing() {
    assertEquals(List.of(), rules(f(4010, 310, 105, 19, 28), fourSteadyMonths()));
  }

  @Test
  void aFirstMonthHasNothingToBeComparedWith() {
    assertEquals(List.of(), rules(f(4000, 3000, 100, 0, 0), Map.of()));
  }

  @Test
  void pusFarFromTheMedianIsNamed() {
    Map<YearMonth, Figures> earlier = fourSteadyMonths();
    // One earlier outlier does not move the median.
    earlier.put(YearMonth.of(2025, 2), f(4000, 2000, 100, 20, 30));
    List<QualityWarning> warnings =
        FiguresQuality.check(MAY, f(4000, 3000, 100, 20, 30), earlier, QualityThresholds.DEFAULT);
    assertEquals(1, warnings.size());
    QualityWarning w = warnings.get(0);
    assertEquals("pus", w.field());
    assertEquals("pus-jump", w.rule());
    assertEquals(3000, w.value());
    assertEquals(300, w.reference());
  }

  @Test
  void theShareIsConfigurable() {
    Figures may = f(4000, 390, 100, 20, 30);
    assertEquals(List.of("pus-jump"), rules(may, fourSteadyMonths()));
    assertEquals(
        List.of(),
        FiguresQuality.check(MAY, may, fourSteadyMonths(), new QualityThresholds(0.5, 6, 5)));
  }

  @Test
  void aSmallDifferenceNeverWarnsHoweverLargeItsShare() {
    Map<YearMonth, Figures> earlier = Map.of(YearMonth.of(2025, 4), f(8, 6, 2, 0, 0));
    assertEquals(List.of(), rules(f(12, 9, 3, 0, 0), earlier));
  }

  @Test
  void familiesAndUsersJumpsAreNamed() {
    assertEquals(
        List.of("families-jump", "users-jump"),
        rules(f(9000, 300, 250, 20, 30), fourSteadyMonths()));
  }

  @Test
  void monthsOutsideTheWindowAreIgnored() {
    Map<YearMonth, Figures> earlier = Map.of(YearMonth.of(2024, 10), steady());
    assertEquals(List.of(), rules(f(4000, 3000, 100, 20, 30), earlier));
    Map<YearMonth, Figures> later = Map.of(YearMonth.of(2025, 6), steady());
    assertEquals(List.of(), rules(f(4000, 3000, 100, 20, 30), later));
  }

  @Test
  void sterilisedUsersFallingSharplyIsNamed() {
    List<QualityWarning> warnings =
        FiguresQuality.check(
            MAY, f(4000, 300, 100, 5, 30), fourSteadyMonths(), QualityThresholds.DEFAULT);
    assertEquals(
        List.of("sterilised-users-drop"), warnings.stream().map(QualityWarning::rule).toList());
    assertEquals("usersMow", warnings.get(0).field());
    assertEquals(20, warnings.get(0).reference());
    // Rising is no contradiction.
    assertEquals(List.of(), rules(f(4000, 300, 100, 26, 30), fourSteadyMonths()));
  }

  @Test
  void aGroupDroppingToZeroIsNamed() {
    List<QualityWarning> warnings =
        FiguresQuality.check(
            MAY, f(4000, 300, 100, 20, 0), fourSteadyMonths(), QualityThresholds.DEFAULT);
    assertEquals(1, warnings.size());
    assertEquals("participants-drop-to-zero", warnings.get(0).rule());
    assertEquals("bkbParticipants", warnings.get(0).field());
    // One month with participants is too little to tell.
    assertEquals(
        List.of(), rules(f(4000, 300, 100, 20, 0), Map.of(YearMonth.of(2025, 4), steady())));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(15, FiguresQuality.median(new long[] {10, 10, 20, 30}));
    assertEquals(20, FiguresQuality.median(new long[] {10, 20, 30}));
    assertTrue(QualityThresholds.DEFAULT.strays(400, 300));
  }
}
