package id.go.lampungprov.kkb.security.domain;

/**
 * What an account may do. The names are also the security role and group names; the UI shows them
 * in Bahasa Indonesia from the resource bundle.
 */
public enum Role {
  /** Accounts and settings. */
  ADMIN,
  /** Everything in scope; approves assessments and signs reports. */
  PROVINCE_OFFICER,
  /** Registers and edits Kampung KB and events in scope. */
  REGENCY_OPERATOR,
  /** Scores the assessments assigned to them. */
  ASSESSOR,
  /** Reads only. */
  VIEWER;

  /** Role names as constants, for security annotations. */
  public static final class Names {
    public static final String ADMIN = "ADMIN";
    public static final String PROVINCE_OFFICER = "PROVINCE_OFFICER";
    public static final String REGENCY_OPERATOR = "REGENCY_OPERATOR";
    public static final String ASSESSOR = "ASSESSOR";
    public static final String VIEWER = "VIEWER";

    /**
     * Not a role of its own: every active account also carries this group, so "any staff member" is
     * one name in security annotations instead of a list that could miss a future role.
     */
    public static final String STAFF = "STAFF";

    private Names() {}
  }
}
