package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Where an assessment stands and the rules of its transitions: a draft the team works on, submitted
 * by the chair with its total and category fixed, verified by the regency or province, approved
 * (locked) by the province, or returned to draft with a reason, which drops the result. Kept apart
 * from the jury's scores, which it guards: only a draft changes.
 */
@Embeddable
public class AssessmentLifecycle {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AssessmentStatus status;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(precision = 5, scale = 2)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private AssessmentCategory category;

  protected AssessmentLifecycle() {
    // for JPA
  }

  static AssessmentLifecycle draft() {
    AssessmentLifecycle l = new AssessmentLifecycle();
    l.status = AssessmentStatus.DRAFT;
    return l;
  }

  AssessmentStatus status() {
    return status;
  }

  String reason() {
    return statusReason;
  }

  Optional<BigDecimal> total() {
    return Optional.ofNullable(total);
  }

  Optional<AssessmentCategory> category() {
    return Optional.ofNullable(category);
  }

  /** The chair hands in the consolidated result; a reason of an earlier return is done with. */
  void submit(BigDecimal total, AssessmentCategory category) {
    requireDraft();
    this.total = total;
    this.category = category;
    status = AssessmentStatus.SUBMITTED;
    statusReason = null;
  }

  void verify(Reviewer by, AssessmentStage stage, List<TeamMember> team) {
    requireStatus(AssessmentStatus.SUBMITTED, "only a submitted assessment can be verified");
    by.requireMayVerify(stage, team);
    status = AssessmentStatus.VERIFIED;
  }

  void approve(Reviewer by, List<TeamMember> team) {
    requireStatus(AssessmentStatus.VERIFIED, "only a verified assessment can be approved");
    by.requireMayApprove(team);
    status = AssessmentStatus.APPROVED;
  }

  /** Back to the team with the reason; the result goes, since the chair consolidates again. */
  void returnToDraft(String reason, Reviewer by, AssessmentStage stage, List<TeamMember> team) {
    by.requireMayVerify(stage, team);
    if (status == AssessmentStatus.APPROVED) {
      throw new ConflictException("status", "locked", "the assessment is approved and locked");
    }
    if (status != AssessmentStatus.SUBMITTED && status != AssessmentStatus.VERIFIED) {
      throw new ConflictException(
          "status",
          "status-" + status.name().toLowerCase(),
          "only a submitted or verified assessment can be returned");
    }
    String returnReason = Texts.oneTo("reason", reason, 500, "give the reason for returning it");
    status = AssessmentStatus.DRAFT;
    statusReason = returnReason;
    total = null;
    category = null;
  }

  /** The team's work may change: scores, their evidence and the chair's agreed levels. */
  void requireDraft() {
    if (status == AssessmentStatus.APPROVED) {
      throw new ConflictException("status", "locked", "the assessment is approved and locked");
    }
    requireStatus(AssessmentStatus.DRAFT, "the assessment is " + status + "; only a draft changes");
  }

  private void requireStatus(AssessmentStatus expected, String message) {
    if (status != expected) {
      throw new ConflictException(
          "status",
          status == AssessmentStatus.APPROVED ? "locked" : "status-" + status.name().toLowerCase(),
          message);
    }
  }
}
