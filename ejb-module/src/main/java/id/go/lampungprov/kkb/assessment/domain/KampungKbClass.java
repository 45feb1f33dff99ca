package id.go.lampungprov.kkb.assessment.domain;

/** The development class of a Kampung KB, from the number and kind of passing indices. */
public enum KampungKbClass {
  DASAR,
  BERKEMBANG,
  MANDIRI,
  BERKELANJUTAN
}
