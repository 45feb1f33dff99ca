package id.go.lampungprov.kkb.assessment.web;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.EvidenceDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.ScoreDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.ScoreRequest;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.TeamMemberDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentFacade;
import id.go.lampungprov.kkb.assessment.facade.InstrumentFacade;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An assessor's own scores: every indicator with its rubric, the level (1–4) and a note, saved as a
 * draft indicator by indicator (a saved score is final, as the service keeps it) and handed in once
 * all are scored; evidence files on saved scores.
 */
@Named
@ViewScoped
public class AssessmentScoringBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AssessmentFacade assessments;
  @Inject private InstrumentFacade instruments;

  private String id;
  private long assessmentId;
  private ArrayList<IndicatorRow> rows;
  private Long evidenceScoreId;
  private String caption;
  private transient Part file;
  private transient List<ScoreDto> mine;
  private transient AssessmentDto assessment;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
    try {
      this.assessmentId = Params.id("Assessment", id);
    } catch (BusinessException e) {
      this.assessmentId = 0;
    }
  }

  private AssessmentDto assessment() {
    if (assessment == null) {
      assessment = assessments.get(assessmentId);
    }
    return assessment;
  }

  /** The user is on the team and has not handed in yet, on a draft. */
  public boolean isScoring() {
    AssessmentDto a = assessment();
    TeamMemberDto m = Tasks.member(a, Tasks.username());
    return a.status().equals("DRAFT") && m != null && m.submittedAt == null;
  }

  /** The user is on the team: they see their own scores, even after handing in. */
  public boolean isMember() {
    return Tasks.member(assessment(), Tasks.username()) != null;
  }

  public List<IndicatorRow> getRows() {
    if (rows == null) {
      rows = new ArrayList<>();
      AssessmentDto a = assessment();
      instruments
          .instrument(a.instrumentId())
          .indicators()
          .forEach(
              i ->
                  rows.add(
                      new IndicatorRow(i.code, i.aspect, i.title, i.weight, i.rubric, i.evidence)));
      for (ScoreDto s : mine()) {
        rows.stream()
            .filter(r -> r.getCode().equals(s.indicator()))
            .forEach(r -> r.saved(s.id(), s.level(), s.note()));
      }
    }
    return rows;
  }

  /** The saved scores, to attach evidence to. */
  public List<IndicatorRow> getSavedRows() {
    return getRows().stream().filter(IndicatorRow::isSaved).toList();
  }

  private List<ScoreDto> mine() {
    if (mine == null) {
      String me = Tasks.username();
      mine =
          assessments.scores(assessmentId).stream().filter(s -> s.assessor().equals(me)).toList();
    }
    return mine;
  }

  public List<EvidenceDto> evidence(Long scoreId) {
    return mine().stream()
        .filter(s -> scoreId != null && s.id() == scoreId)
        .flatMap(s -> s.evidence().stream())
        .toList();
  }

  /** Saves every typed, not yet saved level; a level outside the rubric stays, with a message. */
  public String saveDraft() {
    return save() ? done("assessment.score.saved") : null;
  }

  /** Saves what is typed and hands the scores in. */
  public String submitScores() {
    if (!save()) {
      return null;
    }
    try {
      assessments.submitScores(assessmentId);
      return done("assessment.score.submitted");
    } catch (BusinessException e) {
      FormMessages.show("score", Set.of(), e);
      return null;
    }
  }

  private boolean save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<IndicatorRow> all = getRows();
    boolean valid = true;
    for (int i = 0; i < all.size(); i++) {
      IndicatorRow r = all.get(i);
      if (!r.isSaved() && r.typed() && r.parsedLevel() == null) {
        faces.addMessage(
            "score:indicators:" + i + ":value",
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                FormMessages.text("assessment.score.range", "1–4"),
                null));
        valid = false;
      }
    }
    if (!valid) {
      return false;
    }
    for (int i = 0; i < all.size(); i++) {
      IndicatorRow r = all.get(i);
      if (r.isSaved() || !r.typed()) {
        continue;
      }
      ScoreRequest request = new ScoreRequest();
      request.indicator = r.getCode();
      request.level = r.parsedLevel();
      request.note = r.getNote() == null || r.getNote().isBlank() ? null : r.getNote().strip();
      try {
        ScoreDto s = assessments.score(assessmentId, request);
        r.saved(s.id(), s.level(), s.note());
      } catch (BusinessException e) {
        FormMessages.show("score", Set.of(), e);
        return false;
      }
    }
    return true;
  }

  /** Attaches the chosen file to one of the user's saved scores; a refused file shows why. */
  public String upload() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (evidenceScoreId == null) {
      faces.addMessage("evidence:scoreId", required());
      return null;
    }
    if (file == null || file.getSize() == 0) {
      faces.addMessage("evidence:file", required());
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] data = Uploads.read(in, assessments.maxEvidenceBytes(), "evidence");
      assessments.addEvidence(assessmentId, evidenceScoreId, caption, data, file.getContentType());
      return done("assessment.evidence.added");
    } catch (BusinessException e) {
      FormMessages.show("evidence", Set.of("file"), renamed(e));
      return null;
    } catch (IOException e) {
      faces.addMessage(
          "evidence:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  /** The service names the field "evidence"; on this form the file input is "file". */
  private static BusinessException renamed(BusinessException e) {
    if (e instanceof id.go.lampungprov.kkb.shared.domain.InvalidInputException i
        && "evidence".equals(i.field())) {
      return new id.go.lampungprov.kkb.shared.domain.InvalidInputException(
          "file", i.rule(), i.getMessage());
    }
    return e;
  }

  /** Sends an evidence file the user may see. */
  private String done(String key) {
    FormMessages.info(FormMessages.text(key, key));
    return "/penilaian/detail?faces-redirect=true&id=" + assessmentId;
  }

  private static FacesMessage required() {
    return new FacesMessage(
        FacesMessage.SEVERITY_ERROR,
        FormMessages.text("validation.required", "Wajib diisi."),
        null);
  }

  public Long getEvidenceScoreId() {
    return evidenceScoreId;
  }

  public void setEvidenceScoreId(Long evidenceScoreId) {
    this.evidenceScoreId = evidenceScoreId;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
