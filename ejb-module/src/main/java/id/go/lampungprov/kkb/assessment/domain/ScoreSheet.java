package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scoring and consensus rules of one assessment, over its scores as they stand. Scoring: an
 * assessor scores each indicator of the instrument once, hands in only a complete sheet, and sees
 * nobody else's scores until all have handed in. Consensus: an indicator's level is the chair's
 * agreed level, or else the assessors' mean once all have handed in; the chair may agree a level
 * only where the assessors differ by two or more; the total weighs the levels. Built afresh from
 * the aggregate's state when asked, so it holds nothing of its own to keep in step.
 */
final class ScoreSheet {

  private final Instrument instrument;
  private final List<AssessorScore> scores;
  private final List<Consensus> consensus;
  private final boolean allSubmitted;

  ScoreSheet(
      Instrument instrument,
      List<AssessorScore> scores,
      List<Consensus> consensus,
      boolean allSubmitted) {
    this.instrument = instrument;
    this.scores = scores;
    this.consensus = consensus;
    this.allSubmitted = allSubmitted;
  }

  void requireIndicator(String indicator) {
    if (instrument.indicator(indicator).isEmpty()) {
      throw new InvalidInputException(
          "indicator", "unknown-indicator", "the instrument has no indicator " + indicator);
    }
  }

  /** An assessor's level for an indicator is given once; a second one is a mistake. */
  void requireFirst(String assessor, String indicator) {
    if (scores.stream()
        .anyMatch(s -> s.assessor().equals(assessor) && s.indicator().equals(indicator))) {
      throw new ConflictException("indicator", "once", "you scored " + indicator + " already");
    }
  }

  /** An assessor hands in only when they have scored every indicator. */
  void requireComplete(String assessor) {
    long missing =
        instrument.indicators().stream()
            .filter(
                i ->
                    scores.stream()
                        .noneMatch(
                            s -> s.assessor().equals(assessor) && s.indicator().equals(i.code())))
            .count();
    if (missing > 0) {
      throw new InvalidInputException(
          "scores", "incomplete", missing + " indicators are not scored yet");
    }
  }

  /** The scores a viewer may see: their own until every assessor has submitted, then all. */
  List<AssessorScore> visibleTo(String viewer) {
    if (allSubmitted) {
      return List.copyOf(scores);
    }
    return scores.stream().filter(s -> s.assessor().equals(viewer)).toList();
  }

  /** One of the assessor's own scores; someone else's is as good as missing. */
  AssessorScore own(String assessor, long scoreId) {
    return scores.stream()
        .filter(s -> s.id() != null && s.id() == scoreId && s.assessor().equals(assessor))
        .findFirst()
        .orElseThrow(() -> new EntityNotFoundException("Score", String.valueOf(scoreId)));
  }

  /** The agreed levels with this indicator's (re)agreed; only where the assessors disagree. */
  List<Consensus> agree(String indicator, int level, String reason) {
    List<Integer> levels = levels(indicator);
    if (levels.isEmpty()) {
      throw new InvalidInputException(
          "indicator", "unknown-indicator", "no scores for " + indicator);
    }
    int spread =
        levels.stream().mapToInt(Integer::intValue).max().orElse(0)
            - levels.stream().mapToInt(Integer::intValue).min().orElse(0);
    if (spread < 2) {
      throw new ConflictException(
          "indicator",
          "no-disagreement",
          "the scores of " + indicator + " differ by less than 2: the mean stands");
    }
    requireLevel(level);
    String agreedReason =
        Texts.oneTo("reason", reason, 500, "give the reason for the agreed level");
    List<Consensus> next =
        new ArrayList<>(consensus.stream().filter(c -> !c.indicator().equals(indicator)).toList());
    next.add(new Consensus(indicator, level, agreedReason));
    return next;
  }

  /** The consolidated level of an indicator: the agreed level, or the assessors' mean. */
  Optional<BigDecimal> level(String indicator) {
    Optional<Consensus> agreed =
        consensus.stream().filter(c -> c.indicator().equals(indicator)).findFirst();
    if (agreed.isPresent()) {
      return Optional.of(BigDecimal.valueOf(agreed.get().level()).setScale(2));
    }
    List<Integer> levels = levels(indicator);
    if (levels.isEmpty() || !allSubmitted) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(levels.stream().mapToInt(Integer::intValue).sum())
            .divide(BigDecimal.valueOf(levels.size()), 2, RoundingMode.HALF_UP));
  }

  /** Σ weight × (level − 1) / 3: all 1s give 0, all 4s give 100. */
  Optional<BigDecimal> total() {
    BigDecimal sum = BigDecimal.ZERO;
    for (InstrumentIndicator i : instrument.indicators()) {
      Optional<BigDecimal> level = level(i.code());
      if (level.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(level.get().subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(i.weight())));
    }
    return Optional.of(sum.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
  }

  /** A level of the rubric, whether an assessor's or the chair's. */
  static void requireLevel(int level) {
    if (level < 1 || level > 4) {
      throw new InvalidInputException("level", "range", "a level is 1, 2, 3 or 4");
    }
  }

  private List<Integer> levels(String indicator) {
    return scores.stream()
        .filter(s -> s.indicator().equals(indicator))
        .map(AssessorScore::level)
        .toList();
  }
}
