package id.go.lampungprov.kkb.assessment.web;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentRequest;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.InstrumentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.TeamMemberDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentFacade;
import id.go.lampungprov.kkb.assessment.facade.InstrumentFacade;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.PageModel;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.registration.facade.KampungKbDto;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.registration.web.KampungKbPicker;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessments in the user's scope, what waits for the user first, and the set-up of a new
 * assessment (by a regency operator or province officer).
 */
@Named
@ViewScoped
public class AssessmentListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AssessmentFacade assessments;
  @Inject private InstrumentFacade instruments;
  @Inject private KampungKbFacade registry;
  @Inject private AccountFacade accounts;

  /** A list line: the assessment and what the user has to do with it, if anything. */
  public record Line(AssessmentDto assessment, String task) {}

  private String period;
  private String stage;
  private String status;
  private String q;

  private KampungKbPicker picker;
  private String newPeriod;
  private String newStage = "REGENCY";
  private String chair;
  private String assessors;
  private boolean creating;

  private transient List<Line> tasks;
  private PageModel<AssessmentDto, PageDto<AssessmentDto>> model;

  /**
   * What waits for the current user, first on the page: read from the assessments not yet approved
   * (a bounded set), so the page never reads the whole table.
   */
  public List<Line> getTasks() {
    if (tasks == null) {
      String me = Tasks.username();
      tasks =
          assessments.open().stream()
              .map(a -> new Line(a, Tasks.task(a, me)))
              .filter(l -> l.task() != null)
              .toList();
    }
    return tasks;
  }

  /** All assessments in the scope, one page at a time, with the filters. */
  public PageModel<AssessmentDto, PageDto<AssessmentDto>> getModel() {
    if (model == null) {
      model =
          PageModel.paged(
              (page, size) -> assessments.search(q, period, stage, status, page, size),
              a -> String.valueOf(a.id()));
    }
    return model;
  }

  /** The filters of the buttons "XLSX" and "CSV": the assessments as filtered on the page. */
  public Map<String, String> getExportFilters() {
    return Filters.named("q", q, "period", period, "stage", stage, "status", status);
  }

  /** New filters: the list starts again on its first page. */
  public void apply() {
    tasks = null;
    Pages.firstPage("list:assessments");
  }

  public boolean isMayCreate() {
    return Tasks.role("REGENCY_OPERATOR") || Tasks.role("PROVINCE_OFFICER");
  }

  public void startNew() {
    creating = true;
    picker = new KampungKbPicker(accounts.me().scope());
  }

  /** The Kampung KB to assess: picked by regency and district within the user's scope. */
  public KampungKbPicker getPicker() {
    return picker;
  }

  public List<KampungKbDto> getKampungKbs() {
    return picker.kampungKbs(registry);
  }

  /** Sets up the assessment with the newest published instrument; mistakes next to the fields. */
  public String create() {
    AssessmentRequest r = new AssessmentRequest();
    r.kampungKbId = picker.getKampungKbId();
    r.period = blank(newPeriod) ? null : newPeriod.strip();
    r.stage = blank(newStage) ? null : newStage;
    r.instrumentId =
        instruments.instruments().stream()
            .filter(InstrumentDto::published)
            .max(Comparator.comparing(InstrumentDto::id))
            .map(InstrumentDto::id)
            .orElse(null);
    r.team = new ArrayList<>();
    if (!blank(chair)) {
      r.team.add(new TeamMemberDto(chair.strip(), true, null));
    }
    if (!blank(assessors)) {
      Arrays.stream(assessors.split("[,;\\s]+"))
          .filter(u -> !u.isBlank())
          .forEach(u -> r.team.add(new TeamMemberDto(u.strip(), false, null)));
    }
    boolean valid = FormMessages.validate("create", r);
    FacesContext faces = FacesContext.getCurrentInstance();
    if (blank(chair)) {
      faces.addMessage("create:chair", required());
      valid = false;
    }
    if (blank(assessors)) {
      faces.addMessage("create:team", required());
      valid = false;
    }
    if (!valid) {
      return null;
    }
    try {
      AssessmentDto created = assessments.create(r);
      return "/penilaian/detail?faces-redirect=true&id=" + created.id();
    } catch (BusinessException e) {
      FormMessages.show(
          "create", Set.of("kampungKbId", "period", "stage", "team", "instrumentId"), e);
      return null;
    }
  }

  private static FacesMessage required() {
    return new FacesMessage(
        FacesMessage.SEVERITY_ERROR,
        FormMessages.text("validation.required", "Wajib diisi."),
        null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getNewPeriod() {
    return newPeriod;
  }

  public void setNewPeriod(String newPeriod) {
    this.newPeriod = newPeriod;
  }

  public String getNewStage() {
    return newStage;
  }

  public void setNewStage(String newStage) {
    this.newStage = newStage;
  }

  public String getChair() {
    return chair;
  }

  public void setChair(String chair) {
    this.chair = chair;
  }

  public String getAssessors() {
    return assessors;
  }

  public void setAssessors(String assessors) {
    this.assessors = assessors;
  }

  public boolean isCreating() {
    return creating;
  }
}
