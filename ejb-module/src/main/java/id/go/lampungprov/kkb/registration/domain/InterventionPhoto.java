package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.AttachedRecord;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Map;

/** A photo documenting an intervention, before or after. */
@Entity
@Table(name = "intervention_photo")
public class InterventionPhoto extends AttachedRecord {

  @Id
  @SequenceGenerator(
      name = "intervention_photo_seq",
      sequenceName = "intervention_photo_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intervention_photo_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "intervention_id", nullable = false)
  private Intervention intervention;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PhotoStage stage;

  /** Shown on the public portal; staff decide, photos are private until then. */
  @Column(name = "public_photo", nullable = false)
  private boolean publicPhoto;

  protected InterventionPhoto() {
    // for JPA
  }

  InterventionPhoto(Intervention intervention, PhotoStage stage, StoredFile file, String caption) {
    super(file, caption);
    this.intervention = intervention;
    this.stage = stage;
  }

  public Long id() {
    return id;
  }

  public PhotoStage stage() {
    return stage;
  }

  /** Whether the public portal may show this photo. */
  public boolean publicPhoto() {
    return publicPhoto;
  }

  /** Staff publish the photo on the public portal, or take it back. */
  public void publish(boolean shown) {
    this.publicPhoto = shown;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("intervention", intervention.id())
        .and("stage", stage)
        .and("public", publicPhoto)
        .andAll(attachment().auditFields());
  }

  @Override
  protected AuditedEntity owner() {
    return intervention;
  }
}
