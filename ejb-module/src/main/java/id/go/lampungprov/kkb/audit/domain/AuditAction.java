package id.go.lampungprov.kkb.audit.domain;

/** What happened. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  TRANSITION,
  LOGIN_SUCCESS,
  LOGIN_FAILURE,
  LOGIN_LOCKED,
  LOGOUT,
  PASSWORD_CHANGE,
  READ_PERSONAL_DATA
}
