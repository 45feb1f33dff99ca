package id.go.lampungprov.kkb.registration.domain;

/** Kinds of cadres (kader) working in a Kampung KB. */
public enum CadreType {
  PPKBD,
  SUB_PPKBD,
  POKTAN_BKB,
  POKTAN_BKR,
  POKTAN_BKL,
  POKTAN_UPPKA,
  POKTAN_PIK_R,
  DATA_CADRE
}
