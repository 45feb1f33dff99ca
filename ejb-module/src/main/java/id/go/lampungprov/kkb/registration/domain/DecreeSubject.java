package id.go.lampungprov.kkb.registration.domain;

/** What a decree (SK) decides. */
public enum DecreeSubject {
  POKJA_FORMATION,
  KAMPUNG_KB_DECLARATION,
  RUMAH_DATAKU
}
