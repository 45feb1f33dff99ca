package id.go.lampungprov.kkb.coaching.domain;

/** What an official did at the event. */
public enum OfficialRole {
  OPENING_SPEECH,
  SPEAKER,
  GUEST
}
