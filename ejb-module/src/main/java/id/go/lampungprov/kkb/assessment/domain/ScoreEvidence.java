package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.AttachedRecord;
import id.go.lampungprov.kkb.files.domain.StoredFile;
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
public class ScoreEvidence extends AttachedRecord {

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

  protected ScoreEvidence() {
    // for JPA
  }

  ScoreEvidence(AssessorScore score, StoredFile file, String caption) {
    super(file, caption);
    this.score = score;
  }

  public Long id() {
    return id;
  }

  public AssessorScore score() {
    return score;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("score", score.id()).andAll(attachment().auditFields());
  }

  @Override
  protected AuditedEntity owner() {
    return score;
  }
}
