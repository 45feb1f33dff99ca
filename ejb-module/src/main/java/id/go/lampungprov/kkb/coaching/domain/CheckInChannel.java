package id.go.lampungprov.kkb.coaching.domain;

/** Who recorded the attendance: staff on the form, or the participant through the QR link. */
public enum CheckInChannel {
  STAFF,
  QR
}
