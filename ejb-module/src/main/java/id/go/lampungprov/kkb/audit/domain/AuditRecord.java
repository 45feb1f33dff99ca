package id.go.lampungprov.kkb.audit.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.util.Map;

/**
 * One event to append. Values are already printable: no secrets, personal data masked.
 *
 * @param oldValues for updates and deletes: the fields as they were
 * @param newValues for creates and updates: the fields as they are now
 * @param region the region code of what the entry is about (an account: its scope); null for
 *     something with no region (the whole system), which only province-scoped staff see
 */
public record AuditRecord(
    AuditAction action,
    String entityType,
    String entityId,
    Map<String, String> oldValues,
    Map<String, String> newValues,
    String detail,
    String region) {

  public AuditRecord {
    if (region != null) {
      // Fails loudly on a malformed code rather than storing an entry nobody can find by scope.
      region = RegionCode.of(region).value();
    }
  }

  /**
   * An event about no region. Only province-scoped staff see it, so forgetting {@link #in} hides an
   * entry from regency staff rather than showing it to the wrong ones.
   */
  public static AuditRecord event(
      AuditAction action, String entityType, String entityId, String detail) {
    return new AuditRecord(action, entityType, entityId, null, null, detail, null);
  }

  /** The same record, about something in {@code regionCode}. */
  public AuditRecord in(RegionCode regionCode) {
    return new AuditRecord(
        action,
        entityType,
        entityId,
        oldValues,
        newValues,
        detail,
        regionCode == null ? null : regionCode.value());
  }
}
