package id.go.lampungprov.kkb.assessment.domain;

/** The three indices of the classification; each is the mean of its indicators' scores. */
public enum ClassIndex {
  INPUT,
  PROCESS,
  OUTPUT
}
