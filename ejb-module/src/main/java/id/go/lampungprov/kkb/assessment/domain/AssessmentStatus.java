package id.go.lampungprov.kkb.assessment.domain;

/**
 * Draft (assessors score, the chair consolidates) → submitted (by the chair) → verified → approved
 * (locked). Submitted or verified assessments can be returned to draft with a reason.
 */
public enum AssessmentStatus {
  DRAFT,
  SUBMITTED,
  VERIFIED,
  APPROVED
}
