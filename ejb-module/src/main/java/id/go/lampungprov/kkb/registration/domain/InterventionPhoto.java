package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
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
import java.util.LinkedHashMap;
import java.util.Map;

/** A photo documenting an intervention, before or after. */
@Entity
@Table(name = "intervention_photo")
public class InterventionPhoto extends AuditedEntity {

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

  @ManyToOne(optional = false)
  @JoinColumn(name = "file_id", nullable = false)
  private StoredFile file;

  @Column(length = 200)
  private String caption;

  protected InterventionPhoto() {
    // for JPA
  }

  InterventionPhoto(Intervention intervention, PhotoStage stage, StoredFile file, String caption) {
    this.intervention = intervention;
    this.stage = stage;
    this.file = file;
    this.caption = caption;
  }

  public Long id() {
    return id;
  }

  public PhotoStage stage() {
    return stage;
  }

  public StoredFile file() {
    return file;
  }

  public String caption() {
    return caption;
  }

  @Override
  public String auditType() {
    return "InterventionPhoto";
  }

  @Override
  public String auditId() {
    return id == null ? null : String.valueOf(id);
  }

  @Override
  public RegionCode auditRegion() {
    return intervention.auditRegion();
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("intervention", intervention.id());
    state.put("stage", stage);
    state.put("file", file.id());
    state.put("sha256", file.sha256());
    state.put("caption", caption);
    return state;
  }
}
