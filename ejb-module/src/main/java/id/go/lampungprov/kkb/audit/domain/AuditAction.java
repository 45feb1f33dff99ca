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
  READ_PERSONAL_DATA;

  /**
   * Whether an entry of this action records a change of stored data (and so moves the data
   * version); logins, logouts, password changes and reads do not.
   */
  public boolean changesData() {
    return this == CREATE || this == UPDATE || this == DELETE || this == TRANSITION;
  }
}
