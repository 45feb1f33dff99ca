package id.go.lampungprov.kkb.registration.domain;

/**
 * The eight family functions (8 fungsi keluarga, PP 87/2014) by which programmes and cross-sector
 * interventions are grouped.
 */
public enum FamilyFunction {
  RELIGIOUS,
  SOCIO_CULTURAL,
  LOVE_AND_AFFECTION,
  PROTECTION,
  REPRODUCTION,
  EDUCATION,
  ECONOMY,
  ENVIRONMENT
}
