package id.go.lampungprov.kkb.audit.domain;

/**
 * Appends to the audit trail inside the caller's transaction, so an entry exists exactly when the
 * change it describes was committed. Who and from where come from {@link AuditContext}.
 */
public interface AuditTrail {

  void append(AuditRecord record);

  /** Appends with an explicit actor, for events before anyone is authenticated (logins). */
  void append(AuditRecord record, String actor);
}
