package id.go.lampungprov.kkb.coaching.domain;

/** A participant's attendance; NOT_RECORDED until staff or the participant record it. */
public enum Attendance {
  NOT_RECORDED,
  PRESENT,
  ABSENT,
  EXCUSED
}
