package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.AssessmentCategory;
import id.go.lampungprov.kkb.assessment.domain.AssessmentRepository;
import id.go.lampungprov.kkb.assessment.domain.AssessmentSchedule;
import id.go.lampungprov.kkb.assessment.domain.AssessmentSearch;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStage;
import id.go.lampungprov.kkb.assessment.domain.AssessorScore;
import id.go.lampungprov.kkb.assessment.domain.CoeDesignation;
import id.go.lampungprov.kkb.assessment.domain.Instrument;
import id.go.lampungprov.kkb.assessment.domain.Reviewer;
import id.go.lampungprov.kkb.assessment.domain.ScoreEvidence;
import id.go.lampungprov.kkb.assessment.domain.TeamMember;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.registration.application.KampungKbService;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.security.application.CurrentUser;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * COE assessments: set up with a team, independent scoring, consolidation by the chair, and the
 * submit → verify → approve workflow; approval of a COE result designates the Kampung KB.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class AssessmentService {

  static final String ENTITY = "Assessment";

  /** Enough for every step waiting on a province's desks; the full list is paged. */
  static final int OPEN_LIMIT = 500;

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** What is needed to set up an assessment. */
  public record Setup(
      Long kampungKbId,
      Long instrumentId,
      String period,
      AssessmentStage stage,
      List<TeamMember> team,
      AssessmentSchedule schedule) {}

  @Inject private AssessmentRepository repository;
  @Inject private AccountRepository accounts;
  @Inject private ScopeGuard scopeGuard;
  @Inject private CurrentUser currentUser;
  @EJB private KampungKbService registry;
  @Inject private FileStore files;

  public Assessment create(Setup s) {
    if (s.kampungKbId() == null) {
      throw new InvalidInputException("kampungKbId", "required", "the Kampung KB is required");
    }
    KampungKb kkb = registry.writable(s.kampungKbId(), null);
    if (s.stage() == AssessmentStage.PROVINCE && role() != Role.PROVINCE_OFFICER) {
      throw new AccessDeniedException("the province stage is set up by a province officer");
    }
    Instrument instrument =
        repository
            .findInstrument(s.instrumentId() == null ? -1 : s.instrumentId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "instrumentId", "unknown-instrument", "no such instrument"));
    for (TeamMember m : s.team() == null ? List.<TeamMember>of() : s.team()) {
      Account a =
          accounts
              .findByUsername(m.username())
              .filter(Account::active)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "team", "unknown-account", "no active account " + m.username()));
      if (a.role() != Role.ASSESSOR || !a.scope().covers(kkb.village())) {
        throw new InvalidInputException(
            "team",
            "assessor",
            m.username() + " is not an assessor whose scope covers the Kampung KB");
      }
    }
    Assessment assessment =
        new Assessment(kkb, instrument, s.period(), s.stage(), s.team(), s.schedule(), now());
    repository.add(assessment);
    return assessment;
  }

  @RolesAllowed(Role.Names.STAFF)
  public Assessment get(long id) {
    return scopeGuard.readable(repository.find(id), a -> a.kampungKb().village(), ENTITY, id);
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<Assessment> list() {
    return repository.within(scopeGuard.scope().prefix());
  }

  /** One page of the assessments in the caller's scope that match the filter, newest first. */
  @RolesAllowed(Role.Names.STAFF)
  public Page<Assessment> search(AssessmentSearch search) {
    return repository.search(scopeGuard.scope().prefix(), search);
  }

  /** The newest not yet approved in the caller's scope: where anyone's next step lies. */
  @RolesAllowed(Role.Names.STAFF)
  public List<Assessment> open() {
    return repository.open(scopeGuard.scope().prefix(), OPEN_LIMIT);
  }

  @RolesAllowed(Role.Names.ASSESSOR)
  public AssessorScore score(long id, String indicator, int level, String note) {
    Assessment a = get(id);
    AssessorScore score = a.score(currentUser.username(), indicator, level, note, now());
    repository.flush();
    return score;
  }

  /** Attaches a photo or scanned document to the caller's own score, before they hand in. */
  @RolesAllowed(Role.Names.ASSESSOR)
  public ScoreEvidence addEvidence(
      long id, long scoreId, String caption, byte[] data, String contentType) {
    Assessment a = get(id);
    a.ownOpenScore(currentUser.username(), scoreId);
    StoredFile file = files.store(UploadPolicy.evidence("evidence"), data, contentType);
    ScoreEvidence evidence = a.attachEvidence(currentUser.username(), scoreId, file, caption);
    repository.flush();
    return evidence;
  }

  /** An evidence file, to whoever may see the score it belongs to. */
  @RolesAllowed(Role.Names.STAFF)
  public EvidenceContent evidence(long id, long evidenceId) {
    ScoreEvidence evidence =
        get(id).scoresVisibleTo(currentUser.username()).stream()
            .flatMap(s -> s.evidence().stream())
            .filter(e -> e.id() == evidenceId)
            .findFirst()
            .orElseThrow(() -> new EntityNotFoundException("Evidence", String.valueOf(evidenceId)));
    return new EvidenceContent(evidence, files.content(evidence, "Evidence", evidenceId));
  }

  /** An evidence file and its bytes. */
  public record EvidenceContent(ScoreEvidence evidence, byte[] data) {}

  @RolesAllowed(Role.Names.ASSESSOR)
  public Assessment submitScores(long id) {
    Assessment a = get(id);
    a.submitScores(currentUser.username(), now());
    repository.flush();
    return a;
  }

  /** The scores the caller may see: their own until all have submitted, then everyone's. */
  @RolesAllowed(Role.Names.STAFF)
  public List<AssessorScore> scores(long id) {
    return get(id).scoresVisibleTo(currentUser.username());
  }

  @RolesAllowed(Role.Names.ASSESSOR)
  public Assessment agree(long id, String indicator, int level, String reason) {
    Assessment a = get(id);
    a.agree(currentUser.username(), indicator, level, reason);
    repository.flush();
    return a;
  }

  @RolesAllowed(Role.Names.ASSESSOR)
  public Assessment submit(long id, Long expectedVersion) {
    Assessment a = versioned(id, expectedVersion);
    a.submit(currentUser.username());
    repository.flush();
    return a;
  }

  /**
   * Regency stage: a regency operator of the Kampung KB's regency; province stage: the province.
   */
  public Assessment verify(long id, Long expectedVersion) {
    Assessment a = versioned(id, expectedVersion);
    requireVerifier(a);
    a.verify(reviewer());
    repository.flush();
    return a;
  }

  @RolesAllowed(Role.Names.PROVINCE_OFFICER)
  public Assessment approve(long id, Long expectedVersion) {
    Assessment a = versioned(id, expectedVersion);
    scopeGuard.checkWrite(a.kampungKb().village());
    a.approve(reviewer());
    if (a.category().orElse(null) == AssessmentCategory.COE) {
      repository.add(new CoeDesignation(a, LocalDate.now(JAKARTA), CoeDesignation.DEFAULT_YEARS));
    }
    repository.flush();
    return a;
  }

  public Assessment returnToDraft(long id, Long expectedVersion, String reason) {
    Assessment a = versioned(id, expectedVersion);
    requireVerifier(a);
    a.returnToDraft(reason, reviewer());
    repository.flush();
    return a;
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<CoeDesignation> designations() {
    return repository.designations(scopeGuard.scope().prefix());
  }

  /** Approved assessments of a period and stage, best total first. */
  @RolesAllowed(Role.Names.STAFF)
  public List<Assessment> ranking(String period, AssessmentStage stage) {
    return list().stream()
        .filter(
            a -> a.status() == id.go.lampungprov.kkb.assessment.domain.AssessmentStatus.APPROVED)
        .filter(a -> period == null || a.period().equals(period))
        .filter(a -> stage == null || a.stage() == stage)
        .sorted(Comparator.comparing((Assessment a) -> a.total().orElseThrow()).reversed())
        .toList();
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<Assessment> history(long kampungKbId) {
    return repository.of(registry.get(kampungKbId));
  }

  private Reviewer reviewer() {
    // Assessments are reviewed inside the province that made them, never at national scope.
    RegionLevel level =
        currentUser
            .scope()
            .region()
            .map(RegionCode::level)
            .orElseThrow(
                () -> new AccessDeniedException("assessments are reviewed inside a province"));
    return new Reviewer(currentUser.username(), level);
  }

  private void requireVerifier(Assessment a) {
    scopeGuard.checkWrite(a.kampungKb().village());
    Role role = role();
    boolean allowed =
        role == Role.PROVINCE_OFFICER
            || (role == Role.REGENCY_OPERATOR && a.stage() == AssessmentStage.REGENCY);
    if (!allowed) {
      throw new AccessDeniedException("the province stage is verified by a province officer");
    }
  }

  private Assessment versioned(long id, Long expectedVersion) {
    Assessment a = get(id);
    StaleVersionException.check(expectedVersion, a.version(), "assessment " + id);
    return a;
  }

  private Role role() {
    return currentUser.snapshot().role();
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(JAKARTA);
  }
}
