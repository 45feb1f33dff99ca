package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.shared.domain.ValueObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** An assessor on the team; the chair consolidates and submits. Records when they submitted. */
@Embeddable
public class TeamMember extends ValueObject {

  @Column(nullable = false, length = 50)
  private String username;

  @Column(nullable = false)
  private boolean chair;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  protected TeamMember() {
    // for JPA
  }

  public TeamMember(String username, boolean chair) {
    this.username = username;
    this.chair = chair;
  }

  public String username() {
    return username;
  }

  public boolean chair() {
    return chair;
  }

  public boolean submitted() {
    return submittedAt != null;
  }

  public LocalDateTime submittedAt() {
    return submittedAt;
  }

  void markSubmitted(LocalDateTime at) {
    submittedAt = at;
  }

  @Override
  protected List<?> equalityValues() {
    return Arrays.asList(username, chair, submittedAt);
  }

  @Override
  public String toString() {
    return username + (chair ? " (chair)" : "") + (submitted() ? " submitted" : "");
  }
}
