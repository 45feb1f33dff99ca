package id.go.lampungprov.kkb.registration.domain;

/** A model (percontohan) Kampung KB: at most one active per regency and one per province. */
public enum ModelStatus {
  NONE,
  REGENCY_MODEL,
  PROVINCE_MODEL
}
