package id.go.lampungprov.kkb.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule set's verdict with its reasons: every indicator, each index (mean of its scores, two
 * decimals; not assessable if any of its indicators is) and the class.
 */
public record ClassificationResult(
    String ruleSetVersion,
    List<IndicatorResult> indicators,
    Map<ClassIndex, Optional<BigDecimal>> indices,
    KampungKbClass kampungKbClass) {

  public static final BigDecimal PASS = new BigDecimal("3.00");

  public boolean passes(ClassIndex index) {
    return indices.get(index).map(v -> v.compareTo(PASS) >= 0).orElse(false);
  }

  /** Builds the result from the indicators: indices, then the class rule of domain brief §3. */
  public static ClassificationResult of(String version, List<IndicatorResult> indicators) {
    Map<ClassIndex, Optional<BigDecimal>> indices = new EnumMap<>(ClassIndex.class);
    for (ClassIndex index : ClassIndex.values()) {
      List<IndicatorResult> own = indicators.stream().filter(i -> i.index() == index).toList();
      boolean complete = !own.isEmpty() && own.stream().allMatch(IndicatorResult::assessable);
      indices.put(
          index,
          complete
              ? Optional.of(
                  BigDecimal.valueOf(own.stream().mapToInt(IndicatorResult::score).sum())
                      .divide(BigDecimal.valueOf(own.size()), 2, RoundingMode.HALF_UP))
              : Optional.empty());
    }
    ClassificationResult partial = new ClassificationResult(version, indicators, indices, null);
    boolean input = partial.passes(ClassIndex.INPUT);
    boolean process = partial.passes(ClassIndex.PROCESS);
    boolean output = partial.passes(ClassIndex.OUTPUT);
    KampungKbClass verdict;
    if (input && process && output) {
      verdict = KampungKbClass.BERKELANJUTAN;
    } else if (output && (input || process)) {
      verdict = KampungKbClass.MANDIRI;
    } else if (input && process) {
      verdict = KampungKbClass.BERKEMBANG;
    } else {
      verdict = KampungKbClass.DASAR;
    }
    return new ClassificationResult(version, List.copyOf(indicators), indices, verdict);
  }
}
