package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** A file an assessor attaches to a score as evidence: a photo or a scanned document. */
@Entity
@Table(name = "score_evidence")
public class ScoreEvidence extends AuditedEntity {

  public static final int MAX_PER_SCORE = 5;

  @Id
  @SequenceGenerator(
      name = "score_evidence_seq",
      sequenceName = "score_evidence_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_evidence_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "score_id", nullable = false)
  private AssessorScore score;

  @ManyToOne(optional = false)
  @JoinColumn(name = "file_id", nullable = false)
  private StoredFile file;

  @Column(length = 200)
  private String caption;

  protected ScoreEvidence() {
    // for JPA
  }

  ScoreEvidence(AssessorScore score, StoredFile file, String caption) {
    this.score = score;
    this.file = file;
    this.caption = caption;
  }

  public Long id() {
    return id;
  }

  public AssessorScore score() {
    return score;
  }

  public StoredFile file() {
    return file;
  }

  public String caption() {
    return caption;
  }

  @Override
  public String auditType() {
    return "ScoreEvidence";
  }

  @Override
  public String auditId() {
    return id == null ? null : String.valueOf(id);
  }

  @Override
  public RegionCode auditRegion() {
    return score.auditRegion();
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("score", score.id());
    state.put("file", file.id());
    state.put("sha256", file.sha256());
    state.put("caption", caption);
    return state;
  }
}
