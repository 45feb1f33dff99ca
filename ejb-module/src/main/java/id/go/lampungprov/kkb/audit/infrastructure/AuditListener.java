package id.go.lampungprov.kkb.audit.infrastructure;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes creates, updates (only the fields that changed, old and new) and removals of audited
 * entities. One listener for every entity, so no service can forget to audit a change.
 */
public class AuditListener {

  @PostLoad
  void loaded(AuditedEntity entity) {
    entity.rememberAuditState();
  }

  @PostPersist
  void created(AuditedEntity entity) {
    trail()
        .append(
            new AuditRecord(
                    AuditAction.CREATE,
                    entity.auditType(),
                    entity.auditId(),
                    null,
                    entity.currentAuditState(),
                    null,
                    null)
                .in(entity.auditRegion()));
    entity.rememberAuditState();
  }

  @PostUpdate
  void updated(AuditedEntity entity) {
    Map<String, String> before = entity.rememberedAuditState();
    Map<String, String> after = entity.currentAuditState();
    Map<String, String> oldValues = new LinkedHashMap<>();
    Map<String, String> newValues = new LinkedHashMap<>();
    after.forEach(
        (field, value) -> {
          String old = before == null ? null : before.get(field);
          if (before == null || !Objects.equals(old, value)) {
            oldValues.put(field, old);
            newValues.put(field, value);
          }
        });
    if (!newValues.isEmpty()) {
      trail()
          .append(
              new AuditRecord(
                      AuditAction.UPDATE,
                      entity.auditType(),
                      entity.auditId(),
                      oldValues,
                      newValues,
                      null,
                      null)
                  .in(before == null ? entity.auditRegion() : entity.auditRegionOfChange(before)));
    }
    entity.rememberAuditState();
  }

  @PostRemove
  void removed(AuditedEntity entity) {
    Map<String, String> before = entity.rememberedAuditState();
    trail()
        .append(
            new AuditRecord(
                    AuditAction.DELETE,
                    entity.auditType(),
                    entity.auditId(),
                    before == null ? entity.currentAuditState() : before,
                    null,
                    null,
                    null)
                .in(entity.auditRegion()));
  }

  private static AuditTrail trail() {
    return CDI.current().select(AuditTrail.class).get();
  }
}
