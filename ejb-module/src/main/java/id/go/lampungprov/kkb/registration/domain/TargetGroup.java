package id.go.lampungprov.kkb.registration.domain;

/** Whom an intervention reaches, as the programme's reports group them. */
public enum TargetGroup {
  FAMILIES,
  COUPLES_OF_REPRODUCTIVE_AGE,
  FAMILIES_WITH_TODDLERS,
  FAMILIES_WITH_TEENS,
  FAMILIES_WITH_ELDERLY,
  TEENAGERS,
  WOMEN,
  POOR_FAMILIES,
  PERSONS_WITH_DISABILITIES,
  CADRES,
  UPPKA_GROUPS,
  COMMUNITY
}
