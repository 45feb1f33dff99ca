package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The interventions tab's forms: record an intervention, and upload a before/after photo of one.
 * The photo goes through the same checks as the API's upload (JPEG or PNG, at most 5 MiB), so a
 * file that is not an image is refused next to the upload field.
 */
@Named("interventionTab")
@ViewScoped
public class InterventionTabBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "tabs:intervention";
  static final String PHOTO_FORM = "tabs:photo";
  private static final int INTERVENTIONS_TAB = 5;

  /** Read at most this much: the service refuses anything above 5 MiB anyway. */
  private static final int READ_LIMIT = 6 * 1024 * 1024;

  private static final Set<String> FIELDS =
      Set.of("date", "title", "agencyId", "familyFunction", "targetGroups", "description");
  private static final Set<String> PHOTO_FIELDS = Set.of("photo", "stage", "caption");

  @Inject private transient InterventionFacade interventions;
  @Inject private KampungKbDetailBacking detail;

  private Long agencyId;
  private String title;
  private LocalDate date;
  private String familyFunction;
  private List<String> targetGroups = new ArrayList<>();
  private String description;

  private Long interventionId;
  private String stage = "BEFORE";
  private String caption;
  private transient Part photo;

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
      interventionId = interventions.register(r).id();
      title = null;
      description = null;
      detail.refresh();
      info("intervention.added");
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
    }
  }

  /** A full postback (multipart): the page comes back on the interventions tab. */
  public void upload() {
    detail.setActiveIndex(INTERVENTIONS_TAB);
    if (interventionId == null) {
      error("interventionId", "validation.required");
      return;
    }
    if (photo == null || photo.getSize() == 0) {
      error("photo", "validation.required");
      return;
    }
    try (InputStream in = photo.getInputStream()) {
      byte[] data = in.readNBytes(READ_LIMIT);
      interventions.addPhoto(interventionId, stage, caption, data, photo.getContentType());
      caption = null;
      detail.refresh();
      info("intervention.photoAdded");
    } catch (BusinessException e) {
      FormMessages.show(PHOTO_FORM, PHOTO_FIELDS, e);
    } catch (IOException e) {
      error("photo", "intervention.photoUnreadable");
    }
  }

  public List<InterventionDtos.AgencyDto> getAgencies() {
    return interventions.agencies(false);
  }

  public List<String> getFamilyFunctions() {
    return List.of(
        "RELIGIOUS",
        "SOCIO_CULTURAL",
        "LOVE_AND_AFFECTION",
        "PROTECTION",
        "REPRODUCTION",
        "EDUCATION",
        "ECONOMY",
        "ENVIRONMENT");
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

  private static void error(String field, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            PHOTO_FORM + ":" + field,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, FormMessages.text(key, key), null));
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

  public Long getInterventionId() {
    return interventionId;
  }

  public void setInterventionId(Long interventionId) {
    this.interventionId = interventionId;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }
}
