package id.go.lampungprov.kkb.coaching.domain;

/** How participants are counted in the activity report. */
public enum ParticipantCategory {
  CADRE,
  POKJA,
  OFFICIAL,
  RESOURCE_PERSON,
  OTHER
}
