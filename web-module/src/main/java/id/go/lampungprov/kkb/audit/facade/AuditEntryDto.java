package id.go.lampungprov.kkb.audit.facade;

import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audit entry; old and new values are JSON objects of the changed fields; region is the code of
 * what it is about (null: about no region).
 */
@Schema(name = "AuditEntry")
public record AuditEntryDto(
    long id,
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String oldValue,
    String newValue,
    String clientAddress,
    String detail,
    String region)
    implements Serializable {}
