package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.Attached;
import id.go.lampungprov.kkb.files.domain.Attachment;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Map;

/** A file an assessor attaches to a score as evidence: a photo or a scanned document. */
@Entity
@Table(name = "score_evidence")
public class ScoreEvidence extends AuditedEntity implements Attached {

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

  @Embedded private Attachment attachment;

  protected ScoreEvidence() {
    // for JPA
  }

  ScoreEvidence(AssessorScore score, StoredFile file, String caption) {
    this.score = score;
    this.attachment = new Attachment(file, caption);
  }

  public Long id() {
    return id;
  }

  public AssessorScore score() {
    return score;
  }

  @Override
  public Attachment attachment() {
    return attachment;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("score", score.id()).andAll(attachment.auditFields());
  }

  @Override
  public RegionCode auditRegion() {
    return score.auditRegion();
  }
}
