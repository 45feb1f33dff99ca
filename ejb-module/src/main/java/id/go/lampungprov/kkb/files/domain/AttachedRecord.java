package id.go.lampungprov.kkb.files.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * A record that is one attached file of another record: an event's photo, an intervention's photo,
 * a score's evidence. Each kind keeps its own table; the attachment and the audit region, which is
 * always the owner's, are kept here once.
 */
@MappedSuperclass
public abstract class AttachedRecord extends AuditedEntity implements Attached {

  @Embedded private Attachment attachment;

  protected AttachedRecord() {
    // for JPA
  }

  /** Refuses a caption longer than {@value Attachment#MAX_CAPTION} characters. */
  protected AttachedRecord(StoredFile file, String caption) {
    this.attachment = new Attachment(file, caption);
  }

  @Override
  public Attachment attachment() {
    return attachment;
  }

  /** The record the file belongs to: whoever may see it may see the file's audit entries. */
  protected abstract AuditedEntity owner();

  @Override
  public RegionCode auditRegion() {
    return owner().auditRegion();
  }
}
