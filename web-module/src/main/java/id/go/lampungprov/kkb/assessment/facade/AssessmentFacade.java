package id.go.lampungprov.kkb.assessment.facade;

import id.go.lampungprov.kkb.assessment.application.AssessmentDocumentService;
import id.go.lampungprov.kkb.assessment.application.AssessmentHistoryService;
import id.go.lampungprov.kkb.assessment.application.AssessmentService;
import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.AssessmentSchedule;
import id.go.lampungprov.kkb.assessment.domain.AssessmentSearch;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStage;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStatus;
import id.go.lampungprov.kkb.assessment.domain.AssessorScore;
import id.go.lampungprov.kkb.assessment.domain.CoeDesignation;
import id.go.lampungprov.kkb.assessment.domain.Consensus;
import id.go.lampungprov.kkb.assessment.domain.ScoreEvidence;
import id.go.lampungprov.kkb.assessment.domain.TeamMember;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.ConsolidatedDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.DesignationDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.ScoreDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.TeamMemberDto;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.registration.application.KampungKbInput;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Assessments as DTOs, from setting one up to its minutes; request text to domain values, naming
 * fields on error. The instruments they are scored against are {@link InstrumentFacade}'s.
 */
@ApplicationScoped
public class AssessmentFacade {

  @EJB private AssessmentService assessments;
  @EJB private AssessmentHistoryService workflow;
  @EJB private AssessmentDocumentService minutes;

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  public AssessmentDto create(AssessmentDtos.AssessmentRequest r) {
    return dto(
        assessments.create(
            new AssessmentService.Setup(
                r.kampungKbId,
                r.instrumentId,
                r.period,
                KampungKbInput.parseEnum(AssessmentStage.class, "stage", r.stage),
                r.team.stream().map(m -> new TeamMember(m.username, m.chair)).toList(),
                new AssessmentSchedule(
                    date("paperReviewDate", r.paperReviewDate),
                    date("interviewDate", r.interviewDate),
                    date("fieldVisitDate", r.fieldVisitDate)))));
  }

  public AssessmentDto get(long id) {
    return dto(assessments.get(id));
  }

  public List<AssessmentDto> list() {
    return assessments.list().stream().map(AssessmentFacade::dto).toList();
  }

  /** One page of the list, filtered as the page's filter form gives it (blank: any). */
  public PageDto<AssessmentDto> search(
      String kampungKbName, String period, String stage, String status, int page, int size) {
    Page<Assessment> found =
        assessments.search(
            new AssessmentSearch(
                Filters.given(kampungKbName),
                Filters.given(period),
                Filters.given(stage)
                    .map(v -> KampungKbInput.parseEnum(AssessmentStage.class, "stage", v)),
                Filters.given(status)
                    .map(v -> KampungKbInput.parseEnum(AssessmentStatus.class, "status", v)),
                PageRequest.of(page, size)));
    return PageDto.of(found, AssessmentFacade::dto);
  }

  /** The newest assessments not yet approved: the ones with a next step for someone. */
  public List<AssessmentDto> open() {
    return assessments.open().stream().map(AssessmentFacade::dto).toList();
  }

  public List<AssessmentDto> ranking(String period, String stage) {
    AssessmentStage s =
        stage == null || stage.isBlank()
            ? null
            : KampungKbInput.parseEnum(AssessmentStage.class, "stage", stage);
    return assessments
        .ranking(period == null || period.isBlank() ? null : period.strip(), s)
        .stream()
        .map(AssessmentFacade::dto)
        .toList();
  }

  /** The assessment's changes of status, oldest first. */
  public List<AssessmentDtos.WorkflowStepDto> workflow(long id) {
    return workflow.workflow(id).stream()
        .map(
            s ->
                new AssessmentDtos.WorkflowStepDto(
                    LocalDateTime.ofInstant(s.at(), WIB), s.actor(), s.from(), s.to(), s.reason()))
        .toList();
  }

  public List<AssessmentDto> history(long kampungKbId) {
    return assessments.history(kampungKbId).stream().map(AssessmentFacade::dto).toList();
  }

  public ScoreDto score(long id, AssessmentDtos.ScoreRequest r) {
    return dto(assessments.score(id, r.indicator, r.level, r.note));
  }

  public AssessmentDtos.EvidenceDto addEvidence(
      long id, long scoreId, String caption, byte[] data, String type) {
    return dto(assessments.addEvidence(id, scoreId, caption, data, type));
  }

  /** The largest evidence file the service takes, so a page can stop reading beyond it. */
  public long maxEvidenceBytes() {
    return UploadPolicy.evidence("evidence").maxBytes();
  }

  public AssessmentService.EvidenceContent evidence(long id, long evidenceId) {
    return assessments.evidence(id, evidenceId);
  }

  public List<ScoreDto> scores(long id) {
    return assessments.scores(id).stream().map(AssessmentFacade::dto).toList();
  }

  public AssessmentDto submitScores(long id) {
    return dto(assessments.submitScores(id));
  }

  public AssessmentDto agree(long id, String indicator, AssessmentDtos.ConsensusRequest r) {
    return dto(assessments.agree(id, indicator, r.level, r.reason));
  }

  public AssessmentDto submit(long id, Long version) {
    return dto(assessments.submit(id, version));
  }

  public AssessmentDto verify(long id, Long version) {
    return dto(assessments.verify(id, version));
  }

  public AssessmentDto approve(long id, Long version) {
    return dto(assessments.approve(id, version));
  }

  public AssessmentDto returnToDraft(long id, Long version, String reason) {
    return dto(assessments.returnToDraft(id, version, reason));
  }

  public byte[] minutesDraft(long id) {
    return minutes.draft(id);
  }

  public DocumentDtos.DocumentDto issueMinutes(
      long assessmentId, String baseUrl, SigningRoute signing) {
    return DocumentFacade.dto(minutes.issue(assessmentId, baseUrl, signing));
  }

  public List<DesignationDto> designations() {
    return assessments.designations().stream().map(AssessmentFacade::dto).toList();
  }

  private static LocalDate date(String field, String text) {
    return text == null || text.isBlank() ? null : KampungKbInput.date(field, text);
  }

  static AssessmentDto dto(Assessment a) {
    List<ConsolidatedDto> consolidated =
        a.instrument().indicators().stream()
            .map(
                i -> {
                  Optional<Consensus> agreed =
                      a.consensus().stream()
                          .filter(c -> c.indicator().equals(i.code()))
                          .findFirst();
                  return new ConsolidatedDto(
                      i.code(),
                      i.weight(),
                      a.consolidated(i.code()).orElse(null),
                      agreed.map(Consensus::level).orElse(null),
                      agreed.map(Consensus::reason).orElse(null));
                })
            .toList();
    return new AssessmentDto(
        a.id(),
        a.kampungKb().id(),
        a.kampungKb().name(),
        a.kampungKb().village().value(),
        a.instrument().id(),
        a.instrument().code() + " r" + a.instrument().revision(),
        a.period(),
        a.stage().name(),
        a.team().stream()
            .map(m -> new TeamMemberDto(m.username(), m.chair(), m.submittedAt()))
            .toList(),
        a.schedule() == null ? null : a.schedule().paperReview(),
        a.schedule() == null ? null : a.schedule().interview(),
        a.schedule() == null ? null : a.schedule().fieldVisit(),
        a.status().name(),
        a.statusReason(),
        a.allSubmitted(),
        a.allSubmitted() ? consolidated : List.of(),
        a.total().orElse(null),
        a.category().map(Enum::name).orElse(null),
        a.version());
  }

  static ScoreDto dto(AssessorScore s) {
    return new ScoreDto(
        s.id(),
        s.assessor(),
        s.indicator(),
        s.level(),
        s.note(),
        s.scoredAt(),
        s.evidence().stream().map(AssessmentFacade::dto).toList());
  }

  static AssessmentDtos.EvidenceDto dto(ScoreEvidence e) {
    return new AssessmentDtos.EvidenceDto(
        e.id(), e.file().type().mediaType(), e.file().size(), e.file().sha256(), e.caption());
  }

  static DesignationDto dto(CoeDesignation d) {
    return new DesignationDto(
        d.id(),
        d.kampungKb().id(),
        d.kampungKb().name(),
        d.kampungKb().village().value(),
        d.assessment().id(),
        d.validFrom(),
        d.validUntil());
  }
}
