package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Objects;

/**
 * One indicator of an assessment instrument: its aspect, weight (the weights of an instrument sum
 * to 100), a description of each rubric level 1–4 and the evidence assessors expect to see.
 */
@Embeddable
public class InstrumentIndicator {

  @Column(nullable = false, length = 60)
  private String aspect;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false)
  private int weight;

  @Column(name = "rubric_1", nullable = false, length = 500)
  private String rubric1;

  @Column(name = "rubric_2", nullable = false, length = 500)
  private String rubric2;

  @Column(name = "rubric_3", nullable = false, length = 500)
  private String rubric3;

  @Column(name = "rubric_4", nullable = false, length = 500)
  private String rubric4;

  @Column(length = 500)
  private String evidence;

  protected InstrumentIndicator() {
    // for JPA
  }

  public InstrumentIndicator(
      String aspect, String code, String title, int weight, List<String> rubric, String evidence) {
    this.aspect = Texts.oneTo("indicators.aspect", aspect, 60);
    this.code = Texts.oneTo("indicators.code", code, 20);
    this.title = Texts.oneTo("indicators.title", title, 300);
    if (weight < 1 || weight > 100) {
      throw new InvalidInputException("indicators.weight", "range", "a weight is 1 to 100");
    }
    this.weight = weight;
    if (rubric == null || rubric.size() != 4) {
      throw new InvalidInputException(
          "indicators.rubric", "four-levels", "describe each of the levels 1, 2, 3 and 4");
    }
    this.rubric1 = Texts.oneTo("indicators.rubric", rubric.get(0), 500);
    this.rubric2 = Texts.oneTo("indicators.rubric", rubric.get(1), 500);
    this.rubric3 = Texts.oneTo("indicators.rubric", rubric.get(2), 500);
    this.rubric4 = Texts.oneTo("indicators.rubric", rubric.get(3), 500);
    this.evidence =
        evidence == null || evidence.isBlank()
            ? null
            : Texts.oneTo("indicators.evidence", evidence, 500);
  }

  public String aspect() {
    return aspect;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public int weight() {
    return weight;
  }

  public List<String> rubric() {
    return List.of(rubric1, rubric2, rubric3, rubric4);
  }

  public String evidence() {
    return evidence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InstrumentIndicator i
        && code.equals(i.code)
        && weight == i.weight
        && aspect.equals(i.aspect);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, weight, aspect);
  }

  @Override
  public String toString() {
    return code + "(" + weight + ")";
  }
}
