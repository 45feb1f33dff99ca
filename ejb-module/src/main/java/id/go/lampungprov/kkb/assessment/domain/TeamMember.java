package id.go.lampungprov.kkb.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;

/** An assessor on the team; the chair consolidates and submits. Records when they submitted. */
@Embeddable
public class TeamMember {

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

  /**
   * Equal by all its values. Embeddables here keep equals of their own rather than share a
   * superclass: a team member changes in place when they submit, and EclipseLink did not write that
   * change once the embeddable had a (non-persistent) superclass (found by AssessmentIT).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof TeamMember m
        && username.equals(m.username)
        && chair == m.chair
        && Objects.equals(submittedAt, m.submittedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, chair, submittedAt);
  }

  @Override
  public String toString() {
    return username + (chair ? " (chair)" : "") + (submitted() ? " submitted" : "");
  }
}
