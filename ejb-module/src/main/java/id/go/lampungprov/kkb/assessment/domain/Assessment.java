package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A jury's assessment of a Kampung KB against one published instrument revision. Assessors score
 * independently; nobody sees another's scores until all have submitted; the chair consolidates and
 * submits; the regency or province verifies; the province approves, which locks it. Those rules
 * live in its parts: the team's in {@link Jury}, scoring and consensus in {@link ScoreSheet}, the
 * stages of review in {@link AssessmentLifecycle}.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends AuditedEntity {

  @Id
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "kampung_kb_id", nullable = false)
  private KampungKb kampungKb;

  @ManyToOne(optional = false)
  @JoinColumn(name = "instrument_id", nullable = false)
  private Instrument instrument;

  @Column(nullable = false, length = 20)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AssessmentStage stage;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assessment_team", joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "item_order")
  private List<TeamMember> team = new ArrayList<>();

  @Embedded private AssessmentSchedule schedule;

  @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<AssessorScore> scores = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assessment_consensus", joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "item_order")
  private List<Consensus> consensus = new ArrayList<>();

  @Embedded private AssessmentLifecycle lifecycle;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Assessment() {
    // for JPA
  }

  public Assessment(
      KampungKb kampungKb,
      Instrument instrument,
      String period,
      AssessmentStage stage,
      List<TeamMember> team,
      AssessmentSchedule schedule,
      LocalDateTime now) {
    if (!instrument.published()) {
      throw new InvalidInputException(
          "instrumentId", "published", "assess only with a published instrument");
    }
    String checkedPeriod = Texts.oneTo("period", period, 20, "the period, e.g. 2020");
    if (stage == null) {
      throw new InvalidInputException("stage", "required", "REGENCY or PROVINCE");
    }
    this.kampungKb = kampungKb;
    this.instrument = instrument;
    this.period = checkedPeriod;
    this.stage = stage;
    this.team = new ArrayList<>(Jury.checked(team));
    this.schedule = schedule;
    this.lifecycle = AssessmentLifecycle.draft();
    this.createdAt = now;
  }

  /** Records an assessor's level for an indicator; once per indicator, before they submit. */
  public AssessorScore score(
      String assessor, String indicator, int level, String note, LocalDateTime now) {
    lifecycle.requireDraft();
    jury().openMember(assessor);
    sheet().requireIndicator(indicator);
    AssessorScore score = new AssessorScore(this, assessor, indicator, level, note, now);
    sheet().requireFirst(assessor, indicator);
    scores.add(score);
    return score;
  }

  /** The caller's own score to attach evidence to, while their scores are still open. */
  public AssessorScore ownOpenScore(String assessor, long scoreId) {
    lifecycle.requireDraft();
    jury().openMember(assessor);
    return sheet().own(assessor, scoreId);
  }

  /** Attaches an evidence file to the caller's own open score. */
  public ScoreEvidence attachEvidence(
      String assessor, long scoreId, StoredFile file, String caption) {
    return ownOpenScore(assessor, scoreId).attach(file, caption);
  }

  /** An assessor hands in their scores; every indicator must be scored. */
  public void submitScores(String assessor, LocalDateTime now) {
    lifecycle.requireDraft();
    TeamMember member = jury().openMember(assessor);
    sheet().requireComplete(assessor);
    member.markSubmitted(now);
    this.team = new ArrayList<>(team);
  }

  public boolean allSubmitted() {
    return jury().allSubmitted();
  }

  /** The scores a viewer may see: their own until every assessor has submitted, then all. */
  public List<AssessorScore> scoresVisibleTo(String viewer) {
    return sheet().visibleTo(viewer);
  }

  /** The chair agrees a level where the assessors' levels differ by two or more. */
  public void agree(String chair, String indicator, int level, String reason) {
    lifecycle.requireDraft();
    jury().requireChair(chair);
    jury().requireAllSubmitted();
    consensus = sheet().agree(indicator, level, reason);
  }

  /** The consolidated level of an indicator: the agreed level, or the assessors' mean. */
  public Optional<BigDecimal> consolidated(String indicator) {
    return sheet().level(indicator);
  }

  private ScoreSheet sheet() {
    return new ScoreSheet(instrument, scores, consensus, allSubmitted());
  }

  public void submit(String chair) {
    lifecycle.requireDraft();
    jury().requireChair(chair);
    jury().requireAllSubmitted();
    BigDecimal total = sheet().total().orElseThrow();
    lifecycle.submit(total, instrument.categoryOf(total));
  }

  public void verify(Reviewer by) {
    lifecycle.verify(by, stage, team);
  }

  public void approve(Reviewer by) {
    lifecycle.approve(by, team);
  }

  /** Back to the team with the reason; their scores stay, the chair may consolidate again. */
  public void returnToDraft(String reason, Reviewer by) {
    lifecycle.returnToDraft(reason, by, stage, team);
  }

  private Jury jury() {
    return new Jury(team);
  }

  public Long id() {
    return id;
  }

  public KampungKb kampungKb() {
    return kampungKb;
  }

  public Instrument instrument() {
    return instrument;
  }

  public String period() {
    return period;
  }

  public AssessmentStage stage() {
    return stage;
  }

  public List<TeamMember> team() {
    return List.copyOf(team);
  }

  public boolean onTeam(String username) {
    return jury().onTeam(username);
  }

  public AssessmentSchedule schedule() {
    return schedule;
  }

  public List<Consensus> consensus() {
    return List.copyOf(consensus);
  }

  public AssessmentStatus status() {
    return lifecycle.status();
  }

  public String statusReason() {
    return lifecycle.reason();
  }

  public Optional<BigDecimal> total() {
    return lifecycle.total();
  }

  public Optional<AssessmentCategory> category() {
    return lifecycle.category();
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("kampungKb", kampungKb.id())
        .and("instrument", instrument.code() + " r" + instrument.revision())
        .and("period", period)
        .and("stage", stage)
        .and("team", team)
        .and("consensus", consensus)
        .and("status", lifecycle.status())
        .and("statusReason", lifecycle.reason())
        .and("total", lifecycle.total().orElse(null))
        .and("category", lifecycle.category().orElse(null));
  }

  @Override
  public RegionCode auditRegion() {
    return kampungKb.auditRegion();
  }
}
