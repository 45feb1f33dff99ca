package id.go.lampungprov.kkb.audit.domain;

import java.util.Map;

/**
 * One event to append. Values are already printable: no secrets, personal data masked.
 *
 * @param oldValues for updates and deletes: the fields as they were
 * @param newValues for creates and updates: the fields as they are now
 */
public record AuditRecord(
    AuditAction action,
    String entityType,
    String entityId,
    Map<String, String> oldValues,
    Map<String, String> newValues,
    String detail) {

  public static AuditRecord event(
      AuditAction action, String entityType, String entityId, String detail) {
    return new AuditRecord(action, entityType, entityId, null, null, detail);
  }
}
