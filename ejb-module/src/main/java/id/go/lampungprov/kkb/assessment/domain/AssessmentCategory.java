package id.go.lampungprov.kkb.assessment.domain;

/** The category of an assessment's 0–100 total; COE designates a Center of Excellence. */
public enum AssessmentCategory {
  DASAR,
  BERKEMBANG,
  MANDIRI,
  COE
}
