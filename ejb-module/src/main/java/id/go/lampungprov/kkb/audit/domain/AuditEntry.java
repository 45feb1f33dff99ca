package id.go.lampungprov.kkb.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A read-only view of one audit entry. Entries are written with JDBC by the audit trail; this class
 * has no setters and no service updates or deletes it.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.FIND_FOR_ENTITY,
    query =
        "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.id")
public class AuditEntry {

  public static final String FIND_FOR_ENTITY = "AuditEntry.findForEntity";

  @Id private Long id;

  // UTC; LocalDateTime because JPA 3.1 has no Instant mapping.
  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  private String actor;

  @Enumerated(EnumType.STRING)
  private AuditAction action;

  @Column(name = "entity_type")
  private String entityType;

  @Column(name = "entity_id")
  private String entityId;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  @Column(name = "client_address")
  private String clientAddress;

  private String detail;

  // The region of what the entry is about; null: about no region, seen at province scope only.
  @Column(name = "region_code")
  private String region;

  protected AuditEntry() {
    // for JPA
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt.toInstant(ZoneOffset.UTC);
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public String detail() {
    return detail;
  }

  public String region() {
    return region;
  }
}
