package id.go.lampungprov.kkb.audit.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity whose creation, changes and removal are written to the audit trail by a JPA listener,
 * with the old and new values of the fields it names in {@link #auditState()}.
 */
@MappedSuperclass
@EntityListeners(id.go.lampungprov.kkb.audit.infrastructure.AuditListener.class)
public abstract class AuditedEntity {

  @Transient private transient Map<String, String> auditSnapshot;

  /** The record type as officials would name it, e.g. {@code Account}. */
  public abstract String auditType();

  public abstract String auditId();

  /**
   * The region this record is about, which decides who sees its audit entries (a reader sees their
   * scope and below). Null for a record about no region (e.g. the list of agencies): only
   * province-scoped staff see those.
   */
  public abstract RegionCode auditRegion();

  /**
   * The region of an update, given the audited state before it. By default the region now; a record
   * whose region itself can change overrides this so the entry is not shown to someone who could
   * not see the record before.
   */
  public RegionCode auditRegionOfChange(Map<String, String> before) {
    return auditRegion();
  }

  /**
   * The fields worth auditing and their values. Never a secret; personal data only masked. Counters
   * that change on every use (e.g. failed logins) stay out, or every use would look like an edit.
   */
  protected abstract Map<String, Object> auditState();

  /** The audited fields as printable strings, in a stable order. */
  public final Map<String, String> currentAuditState() {
    Map<String, String> printable = new LinkedHashMap<>();
    auditState().forEach((k, v) -> printable.put(k, v == null ? null : String.valueOf(v)));
    return printable;
  }

  /** Remembers the state as loaded or last written, to diff the next change against. */
  public final void rememberAuditState() {
    auditSnapshot = currentAuditState();
  }

  /** The remembered state, or null for an entity not loaded from the database. */
  public final Map<String, String> rememberedAuditState() {
    return auditSnapshot;
  }
}
