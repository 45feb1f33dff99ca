package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.Options;
import id.go.lampungprov.kkb.registration.domain.FamilyFunction;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The interventions tab's form: record an intervention. Its photos are uploaded on the
 * intervention's own page ({@link InterventionPhotosBacking}).
 */
@Named("interventionTab")
@ViewScoped
public class InterventionTabBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "tabs:intervention";

  private static final Set<String> FIELDS =
      Set.of("date", "title", "agencyId", "familyFunction", "targetGroups", "description");

  @Inject private InterventionFacade interventions;
  @Inject private KampungKbDetailBacking detail;

  private Long agencyId;
  private String title;
  private LocalDate date;
  private String familyFunction;
  private List<String> targetGroups = new ArrayList<>();
  private String description;

  public void add() {
    InterventionDtos.InterventionRequest r = new InterventionDtos.InterventionRequest();
    r.kampungKbId = detail.getKampungKbId();
    r.agencyId = agencyId;
    r.title = title;
    r.date = date == null ? null : date.toString();
    r.familyFunction = familyFunction;
    r.targetGroups = targetGroups == null || targetGroups.isEmpty() ? null : targetGroups;
    r.description = description;
    if (!FormMessages.validate(FORM, r)) {
      return;
    }
    try {
      interventions.register(r);
      title = null;
      description = null;
      detail.refresh();
      info("intervention.added");
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
    }
  }

  public List<InterventionDtos.AgencyDto> getAgencies() {
    return interventions.agencies(false);
  }

  public List<String> getFamilyFunctions() {
    return Options.names(FamilyFunction.class);
  }

  public List<String> getTargetGroupOptions() {
    return List.of(
        "FAMILIES",
        "COUPLES_OF_REPRODUCTIVE_AGE",
        "FAMILIES_WITH_TODDLERS",
        "FAMILIES_WITH_TEENS",
        "FAMILIES_WITH_ELDERLY",
        "TEENAGERS",
        "WOMEN",
        "POOR_FAMILIES",
        "PERSONS_WITH_DISABILITIES",
        "CADRES",
        "UPPKA_GROUPS");
  }

  private static void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_INFO, FormMessages.text(key, "Saved."), null));
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getFamilyFunction() {
    return familyFunction;
  }

  public void setFamilyFunction(String familyFunction) {
    this.familyFunction = familyFunction;
  }

  public List<String> getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(List<String> targetGroups) {
    this.targetGroups = targetGroups;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
