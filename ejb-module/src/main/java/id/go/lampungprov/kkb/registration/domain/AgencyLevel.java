package id.go.lampungprov.kkb.registration.domain;

/** Where an agency sits: the province's own offices, regency offices, central-government units. */
public enum AgencyLevel {
  PROVINCE,
  REGENCY,
  VERTICAL,
  NON_GOVERNMENT
}
