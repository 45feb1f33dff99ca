package id.go.lampungprov.kkb.assessment.web;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.ConsensusRequest;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.ConsolidatedDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.ScoreDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.TeamMemberDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.WorkflowStepDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentFacade;
import id.go.lampungprov.kkb.assessment.facade.InstrumentFacade;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One assessment: its status at the top, the team, the chair's consolidation (each assessor's level
 * per indicator, the differences of two or more marked and agreed) and the workflow steps (submit,
 * verify, approve, return with a reason) for whoever may take them.
 */
@Named
@ViewScoped
public class AssessmentDetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AssessmentFacade assessments;
  @Inject private InstrumentFacade instruments;

  /** A team member as the page shows them. */
  public record Member(String username, boolean chair, boolean submitted) {}

  private String id;
  private long assessmentId;
  private String reason;
  private ArrayList<IndicatorRow> rows;
  private transient AssessmentDto assessment;
  private transient List<WorkflowStepDto> workflow;

  public void load() throws IOException {
    assessment = Pages.found("Assessment", id, assessments::get, "Penilaian tidak ditemukan");
    assessmentId = assessment == null ? 0 : assessment.id();
  }

  public AssessmentDto getAssessment() {
    if (assessment == null && assessmentId > 0) {
      assessment = assessments.get(assessmentId);
    }
    return assessment;
  }

  /** Who moved the assessment along, when, and why a return was made. */
  public List<WorkflowStepDto> getWorkflow() {
    if (workflow == null) {
      workflow = assessments.workflow(assessmentId);
    }
    return workflow;
  }

  public List<Member> getTeam() {
    return getAssessment().team().stream()
        .map(m -> new Member(m.username, m.chair, m.submittedAt != null))
        .toList();
  }

  public String getTask() {
    return Tasks.task(getAssessment(), Tasks.username());
  }

  /** The chair, once every assessor has handed in, on a draft. */
  public boolean isConsolidating() {
    AssessmentDto a = getAssessment();
    TeamMemberDto m = Tasks.member(a, Tasks.username());
    return a.status().equals("DRAFT") && m != null && m.chair && a.allScoresSubmitted();
  }

  public boolean isMayVerify() {
    return getAssessment().status().equals("SUBMITTED") && Tasks.verifier(getAssessment());
  }

  public boolean isMayApprove() {
    return getAssessment().status().equals("VERIFIED") && Tasks.role("PROVINCE_OFFICER");
  }

  public boolean isMayReturn() {
    String s = getAssessment().status();
    return (s.equals("SUBMITTED") || s.equals("VERIFIED")) && Tasks.verifier(getAssessment());
  }

  /** Per indicator each assessor's level (team order), the mean or agreed level, the spread. */
  public List<IndicatorRow> getRows() {
    if (rows == null) {
      AssessmentDto a = getAssessment();
      List<ScoreDto> scores = a.allScoresSubmitted() ? assessments.scores(assessmentId) : List.of();
      rows = new ArrayList<>();
      for (var i : instruments.instrument(a.instrumentId()).indicators()) {
        IndicatorRow row =
            new IndicatorRow(i.code, i.aspect, i.title, i.weight, i.rubric, i.evidence);
        List<Integer> levels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (TeamMemberDto m : a.team()) {
          Integer level =
              scores.stream()
                  .filter(s -> s.assessor().equals(m.username) && s.indicator().equals(i.code))
                  .map(ScoreDto::level)
                  .findFirst()
                  .orElse(null);
          texts.add(level == null ? "–" : String.valueOf(level));
          if (level != null) {
            levels.add(level);
          }
        }
        int spread =
            levels.isEmpty()
                ? 0
                : levels.stream().mapToInt(x -> x).max().getAsInt()
                    - levels.stream().mapToInt(x -> x).min().getAsInt();
        ConsolidatedDto c =
            a.consolidated().stream()
                .filter(x -> x.indicator().equals(i.code))
                .findFirst()
                .orElse(null);
        row.levels(
            texts, spread >= 2, c == null || c.level() == null ? "–" : c.level().toPlainString());
        if (c != null && c.consensusLevel() != null) {
          row.setLevel(String.valueOf(c.consensusLevel()));
          row.setReason(c.consensusReason());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  public boolean isAnyDiffers() {
    return getRows().stream().anyMatch(IndicatorRow::isDiffers);
  }

  /** Agrees a level on every marked indicator that has one typed; reason required for each. */
  public String agree() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<IndicatorRow> all = getRows();
    boolean valid = true;
    for (int i = 0; i < all.size(); i++) {
      IndicatorRow r = all.get(i);
      if (!r.isDiffers()) {
        continue;
      }
      if (r.parsedLevel() == null) {
        faces.addMessage(
            "consolidate:indicators:" + i + ":agreed", error("assessment.score.range"));
        valid = false;
      }
      if (r.getReason() == null || r.getReason().isBlank()) {
        faces.addMessage("consolidate:indicators:" + i + ":reason", error("validation.required"));
        valid = false;
      }
    }
    if (!valid) {
      return null;
    }
    for (IndicatorRow r : all) {
      if (!r.isDiffers()) {
        continue;
      }
      ConsensusRequest c = new ConsensusRequest();
      c.level = r.parsedLevel();
      c.reason = r.getReason().strip();
      try {
        assessments.agree(assessmentId, r.getCode(), c);
      } catch (BusinessException e) {
        FormMessages.show("consolidate", Set.of(), e);
        return null;
      }
    }
    return done("assessment.consensus.saved");
  }

  /** The chair hands the consolidated assessment in. */
  public String submit() {
    return step(
        "consolidate", () -> assessments.submit(assessmentId, version()), "assessment.submitted");
  }

  public String verify() {
    return step(
        "workflow", () -> assessments.verify(assessmentId, version()), "assessment.verified");
  }

  public String approve() {
    return step(
        "workflow", () -> assessments.approve(assessmentId, version()), "assessment.approved");
  }

  /** Back to the team; the reason is required, next to its field. */
  public String returnToDraft() {
    if (reason == null || reason.isBlank()) {
      FacesContext.getCurrentInstance().addMessage("workflow:reason", error("validation.required"));
      return null;
    }
    return step(
        "workflow",
        () -> assessments.returnToDraft(assessmentId, version(), reason.strip()),
        "assessment.returned");
  }

  private Long version() {
    return getAssessment().version();
  }

  private String step(String form, Supplier<AssessmentDto> action, String key) {
    try {
      action.get();
      return done(key);
    } catch (BusinessException e) {
      FormMessages.show(form, Set.of("reason"), e);
      return null;
    }
  }

  private String done(String key) {
    FormMessages.info(FormMessages.text(key, key));
    return "/penilaian/detail?faces-redirect=true&id=" + assessmentId;
  }

  private static FacesMessage error(String key) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, FormMessages.text(key, key), null);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
