package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.shared.domain.ValueObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** The chair's agreed level for an indicator on which assessors differed by two levels or more. */
@Embeddable
public class Consensus extends ValueObject {

  @Column(name = "indicator", nullable = false, length = 20)
  private String indicator;

  @Column(nullable = false)
  private int level;

  @Column(nullable = false, length = 500)
  private String reason;

  protected Consensus() {
    // for JPA
  }

  Consensus(String indicator, int level, String reason) {
    this.indicator = indicator;
    this.level = level;
    this.reason = reason;
  }

  public String indicator() {
    return indicator;
  }

  public int level() {
    return level;
  }

  public String reason() {
    return reason;
  }

  @Override
  protected List<?> equalityValues() {
    return Arrays.asList(indicator, level, reason);
  }

  @Override
  public String toString() {
    return indicator + "=" + level + " (" + reason + ")";
  }
}
