package id.go.lampungprov.kkb.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One indicator's line of the explanation: the raw value read, the score it earned (1–4), or no
 * score and the reason it is not assessable.
 */
@Embeddable
public class IndicatorResult {

  @Enumerated(EnumType.STRING)
  @Column(name = "class_index", nullable = false, length = 10)
  private ClassIndex index;

  @Column(name = "indicator", nullable = false, length = 40)
  private String code;

  @Column(name = "raw_value", length = 100)
  private String rawValue;

  @Column(name = "score")
  private Integer score;

  @Column(name = "note", length = 300)
  private String note;

  protected IndicatorResult() {
    // for JPA
  }

  public IndicatorResult(
      ClassIndex index, String code, String rawValue, Integer score, String note) {
    this.index = index;
    this.code = code;
    this.rawValue = rawValue;
    this.score = score;
    this.note = note;
  }

  public static IndicatorResult notAssessable(ClassIndex index, String code, String why) {
    return new IndicatorResult(index, code, null, null, why);
  }

  public ClassIndex index() {
    return index;
  }

  public String code() {
    return code;
  }

  public String rawValue() {
    return rawValue;
  }

  /** The score 1–4; null when not assessable. */
  public Integer score() {
    return score;
  }

  public boolean assessable() {
    return score != null;
  }

  public String note() {
    return note;
  }

  @Override
  public String toString() {
    return index + "." + code + "=" + (score == null ? "n/a" : score);
  }
}
