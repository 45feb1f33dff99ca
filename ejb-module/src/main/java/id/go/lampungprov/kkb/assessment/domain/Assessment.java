package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A jury's assessment of a Kampung KB against one published instrument revision. Assessors score
 * independently; nobody sees another's scores until all have submitted; the chair consolidates and
 * submits; the regency or province verifies; the province approves, which locks it.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends AuditedEntity {

  public static final int MIN_ASSESSORS = 2;

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AssessmentStatus status;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(precision = 5, scale = 2)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private AssessmentCategory category;

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
    if (team == null || team.size() < MIN_ASSESSORS) {
      throw new InvalidInputException(
          "team", "min-assessors", "a team has at least " + MIN_ASSESSORS + " assessors");
    }
    if (team.stream().filter(TeamMember::chair).count() != 1) {
      throw new InvalidInputException("team", "one-chair", "exactly one assessor chairs the team");
    }
    if (new HashSet<>(team.stream().map(TeamMember::username).toList()).size() != team.size()) {
      throw new InvalidInputException("team", "unique", "an assessor is on the team once");
    }
    this.kampungKb = kampungKb;
    this.instrument = instrument;
    this.period = checkedPeriod;
    this.stage = stage;
    this.team = new ArrayList<>(team);
    this.schedule = schedule;
    this.status = AssessmentStatus.DRAFT;
    this.createdAt = now;
  }

  /** Records an assessor's level for an indicator; once per indicator, before they submit. */
  public AssessorScore score(
      String assessor, String indicator, int level, String note, LocalDateTime now) {
    requireDraft();
    TeamMember member = member(assessor);
    if (member.submitted()) {
      throw new ConflictException("assessor", "submitted", "your scores are submitted already");
    }
    if (instrument.indicator(indicator).isEmpty()) {
      throw new InvalidInputException(
          "indicator", "unknown-indicator", "the instrument has no indicator " + indicator);
    }
    if (level < 1 || level > 4) {
      throw new InvalidInputException("level", "range", "a level is 1, 2, 3 or 4");
    }
    if (note != null && note.strip().length() > 1000) {
      throw new InvalidInputException("note", "max-length", "at most 1000 characters");
    }
    boolean again =
        scores.stream()
            .anyMatch(s -> s.assessor().equals(assessor) && s.indicator().equals(indicator));
    if (again) {
      throw new ConflictException("indicator", "once", "you scored " + indicator + " already");
    }
    AssessorScore score =
        new AssessorScore(
            this, assessor, indicator, level, note == null ? null : note.strip(), now);
    scores.add(score);
    return score;
  }

  /** The caller's own score to attach evidence to, while their scores are still open. */
  public AssessorScore ownOpenScore(String assessor, long scoreId) {
    requireDraft();
    if (member(assessor).submitted()) {
      throw new ConflictException("assessor", "submitted", "your scores are submitted already");
    }
    return scores.stream()
        .filter(s -> s.id() != null && s.id() == scoreId && s.assessor().equals(assessor))
        .findFirst()
        .orElseThrow(
            () ->
                new id.go.lampungprov.kkb.shared.domain.EntityNotFoundException(
                    "Score", String.valueOf(scoreId)));
  }

  /** Attaches an evidence file to the caller's own open score. */
  public ScoreEvidence attachEvidence(
      String assessor,
      long scoreId,
      id.go.lampungprov.kkb.files.domain.StoredFile file,
      String caption) {
    return ownOpenScore(assessor, scoreId).attach(file, caption);
  }

  /** An assessor hands in their scores; every indicator must be scored. */
  public void submitScores(String assessor, LocalDateTime now) {
    requireDraft();
    TeamMember member = member(assessor);
    if (member.submitted()) {
      throw new ConflictException("assessor", "submitted", "your scores are submitted already");
    }
    long missing =
        instrument.indicators().stream()
            .filter(
                i ->
                    scores.stream()
                        .noneMatch(
                            s -> s.assessor().equals(assessor) && s.indicator().equals(i.code())))
            .count();
    if (missing > 0) {
      throw new InvalidInputException(
          "scores", "incomplete", missing + " indicators are not scored yet");
    }
    member.markSubmitted(now);
    this.team = new ArrayList<>(team);
  }

  public boolean allSubmitted() {
    return team.stream().allMatch(TeamMember::submitted);
  }

  /** The scores a viewer may see: their own until every assessor has submitted, then all. */
  public List<AssessorScore> scoresVisibleTo(String viewer) {
    if (allSubmitted()) {
      return List.copyOf(scores);
    }
    return scores.stream().filter(s -> s.assessor().equals(viewer)).toList();
  }

  /** The chair agrees a level where the assessors' levels differ by two or more. */
  public void agree(String chair, String indicator, int level, String reason) {
    requireDraft();
    requireChair(chair);
    requireAllSubmitted();
    List<Integer> levels = levels(indicator);
    if (levels.isEmpty()) {
      throw new InvalidInputException(
          "indicator", "unknown-indicator", "no scores for " + indicator);
    }
    int spread =
        levels.stream().mapToInt(Integer::intValue).max().orElse(0)
            - levels.stream().mapToInt(Integer::intValue).min().orElse(0);
    if (spread < 2) {
      throw new ConflictException(
          "indicator",
          "no-disagreement",
          "the scores of " + indicator + " differ by less than 2: the mean stands");
    }
    if (level < 1 || level > 4) {
      throw new InvalidInputException("level", "range", "a level is 1, 2, 3 or 4");
    }
    String agreedReason =
        Texts.oneTo("reason", reason, 500, "give the reason for the agreed level");
    List<Consensus> next =
        new ArrayList<>(consensus.stream().filter(c -> !c.indicator().equals(indicator)).toList());
    next.add(new Consensus(indicator, level, agreedReason));
    consensus = next;
  }

  /** The consolidated level of an indicator: the agreed level, or the assessors' mean. */
  public Optional<BigDecimal> consolidated(String indicator) {
    Optional<Consensus> agreed =
        consensus.stream().filter(c -> c.indicator().equals(indicator)).findFirst();
    if (agreed.isPresent()) {
      return Optional.of(BigDecimal.valueOf(agreed.get().level()).setScale(2));
    }
    List<Integer> levels = levels(indicator);
    if (levels.isEmpty() || !allSubmitted()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(levels.stream().mapToInt(Integer::intValue).sum())
            .divide(BigDecimal.valueOf(levels.size()), 2, java.math.RoundingMode.HALF_UP));
  }

  /** Σ weight × (level − 1) / 3: all 1s give 0, all 4s give 100. */
  public Optional<BigDecimal> computeTotal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (InstrumentIndicator i : instrument.indicators()) {
      Optional<BigDecimal> level = consolidated(i.code());
      if (level.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(level.get().subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(i.weight())));
    }
    return Optional.of(sum.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP));
  }

  public void submit(String chair) {
    requireDraft();
    requireChair(chair);
    requireAllSubmitted();
    total = computeTotal().orElseThrow();
    category = instrument.categoryOf(total);
    status = AssessmentStatus.SUBMITTED;
    statusReason = null;
  }

  public void verify(Reviewer by) {
    requireStatus(AssessmentStatus.SUBMITTED, "only a submitted assessment can be verified");
    by.requireMayVerify(stage, team);
    status = AssessmentStatus.VERIFIED;
  }

  public void approve(Reviewer by) {
    requireStatus(AssessmentStatus.VERIFIED, "only a verified assessment can be approved");
    by.requireMayApprove(team);
    status = AssessmentStatus.APPROVED;
  }

  /** Back to the team with the reason; their scores stay, the chair may consolidate again. */
  public void returnToDraft(String reason, Reviewer by) {
    by.requireMayVerify(stage, team);
    if (status == AssessmentStatus.APPROVED) {
      throw new ConflictException("status", "locked", "the assessment is approved and locked");
    }
    if (status != AssessmentStatus.SUBMITTED && status != AssessmentStatus.VERIFIED) {
      throw new ConflictException(
          "status",
          "status-" + status.name().toLowerCase(),
          "only a submitted or verified assessment can be returned");
    }
    String returnReason = Texts.oneTo("reason", reason, 500, "give the reason for returning it");
    status = AssessmentStatus.DRAFT;
    statusReason = returnReason;
    total = null;
    category = null;
  }

  private List<Integer> levels(String indicator) {
    return scores.stream()
        .filter(s -> s.indicator().equals(indicator))
        .map(AssessorScore::level)
        .toList();
  }

  private TeamMember member(String username) {
    return team.stream()
        .filter(m -> m.username().equals(username))
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("you are not on the team of this assessment"));
  }

  private void requireChair(String username) {
    if (!member(username).chair()) {
      throw new AccessDeniedException("only the chair of the team may do this");
    }
  }

  private void requireAllSubmitted() {
    if (!allSubmitted()) {
      throw new ConflictException("scores", "scores-pending", "not every assessor has submitted");
    }
  }

  private void requireDraft() {
    if (status == AssessmentStatus.APPROVED) {
      throw new ConflictException("status", "locked", "the assessment is approved and locked");
    }
    requireStatus(AssessmentStatus.DRAFT, "the assessment is " + status + "; only a draft changes");
  }

  private void requireStatus(AssessmentStatus expected, String message) {
    if (status != expected) {
      throw new ConflictException(
          "status",
          status == AssessmentStatus.APPROVED ? "locked" : "status-" + status.name().toLowerCase(),
          message);
    }
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
    return team.stream().anyMatch(m -> m.username().equals(username));
  }

  public AssessmentSchedule schedule() {
    return schedule;
  }

  public List<Consensus> consensus() {
    return List.copyOf(consensus);
  }

  public AssessmentStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Optional<BigDecimal> total() {
    return Optional.ofNullable(total);
  }

  public Optional<AssessmentCategory> category() {
    return Optional.ofNullable(category);
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
        .and("status", status)
        .and("statusReason", statusReason)
        .and("total", total)
        .and("category", category);
  }

  @Override
  public RegionCode auditRegion() {
    return kampungKb.auditRegion();
  }
}
