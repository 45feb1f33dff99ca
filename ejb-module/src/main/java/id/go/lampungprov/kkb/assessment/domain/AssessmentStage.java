package id.go.lampungprov.kkb.assessment.domain;

/** The selection level: the regency's jury first, then the province's. */
public enum AssessmentStage {
  REGENCY,
  PROVINCE
}
