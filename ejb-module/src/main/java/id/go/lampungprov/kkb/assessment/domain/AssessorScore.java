package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One assessor's level (1–4) for one indicator, with a note; given once. */
@Entity
@Table(name = "assessor_score")
public class AssessorScore extends AuditedEntity {

  @Id
  @SequenceGenerator(
      name = "assessor_score_seq",
      sequenceName = "assessor_score_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessor_score_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @Column(nullable = false, length = 50)
  private String assessor;

  @Column(name = "indicator", nullable = false, length = 20)
  private String indicator;

  @Column(nullable = false)
  private int level;

  @Column(length = 1000)
  private String note;

  @Column(name = "scored_at", nullable = false)
  private LocalDateTime scoredAt;

  @OneToMany(mappedBy = "score", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ScoreEvidence> evidence = new ArrayList<>();

  protected AssessorScore() {
    // for JPA
  }

  AssessorScore(
      Assessment assessment,
      String assessor,
      String indicator,
      int level,
      String note,
      LocalDateTime at) {
    ScoreSheet.requireLevel(level);
    if (note != null && note.strip().length() > 1000) {
      throw new InvalidInputException("note", "max-length", "at most 1000 characters");
    }
    this.assessment = assessment;
    this.assessor = assessor;
    this.indicator = indicator;
    this.level = level;
    this.note = note == null ? null : note.strip();
    this.scoredAt = at;
  }

  ScoreEvidence attach(StoredFile file, String caption) {
    if (evidence.size() >= ScoreEvidence.MAX_PER_SCORE) {
      throw new ConflictException(
          "evidence", "max-files", "at most " + ScoreEvidence.MAX_PER_SCORE + " files per score");
    }
    ScoreEvidence e = new ScoreEvidence(this, file, caption);
    evidence.add(e);
    return e;
  }

  public List<ScoreEvidence> evidence() {
    return List.copyOf(evidence);
  }

  public Long id() {
    return id;
  }

  public String assessor() {
    return assessor;
  }

  public String indicator() {
    return indicator;
  }

  public int level() {
    return level;
  }

  public String note() {
    return note;
  }

  public LocalDateTime scoredAt() {
    return scoredAt;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("assessment", assessment.id())
        .and("assessor", assessor)
        .and("indicator", indicator)
        .and("level", level)
        .and("note", note);
  }

  @Override
  public RegionCode auditRegion() {
    return assessment.auditRegion();
  }
}
