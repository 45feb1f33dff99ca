package id.go.lampungprov.kkb.registration.domain;

public enum KampungKbStatus {
  ACTIVE,
  INACTIVE
}
