package id.go.lampungprov.kkb.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The chair's agreed level for an indicator on which assessors differed by two levels or more. */
@Embeddable
public class Consensus {

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
  public boolean equals(Object o) {
    return o instanceof Consensus c
        && indicator.equals(c.indicator)
        && level == c.level
        && reason.equals(c.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, level, reason);
  }

  @Override
  public String toString() {
    return indicator + "=" + level + " (" + reason + ")";
  }
}
