package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The minutes (notulen): who chaired, who wrote, what was discussed and decided. */
@Embeddable
public class Minutes {

  @Column(name = "minutes_chair", length = 120)
  private String chair;

  @Column(name = "minutes_taker", length = 120)
  private String minuteTaker;

  @Column(name = "minutes_discussion", length = 8000)
  private String discussion;

  @Column(name = "minutes_decisions", length = 4000)
  private String decisions;

  protected Minutes() {
    // for JPA
  }

  public Minutes(String chair, String minuteTaker, String discussion, String decisions) {
    this.chair = text("minutes.chair", chair, 120);
    this.minuteTaker = text("minutes.minuteTaker", minuteTaker, 120);
    this.discussion = text("minutes.discussion", discussion, 8000);
    this.decisions = text("minutes.decisions", decisions, 4000);
  }

  private static String text(String field, String value, int max) {
    return Texts.required(field, value, max);
  }

  public String chair() {
    return chair;
  }

  public String minuteTaker() {
    return minuteTaker;
  }

  public String discussion() {
    return discussion;
  }

  public String decisions() {
    return decisions;
  }

  @Override
  public String toString() {
    return "chair=" + chair + ", minuteTaker=" + minuteTaker + ", decisions=" + decisions;
  }
}
