package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.Options;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.region.web.RegionCascade;
import id.go.lampungprov.kkb.registration.domain.FormationCriterion;
import id.go.lampungprov.kkb.registration.facade.KampungKbDto;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.registration.facade.KampungKbRequest;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registers a Kampung KB or corrects one. The village is picked regency → district → village,
 * limited to the user's scope; whatever the server refuses is shown next to its field and nothing
 * typed is lost, as the view keeps the form.
 */
@Named
@ViewScoped
public class KampungKbFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "kkb";
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "villageCode",
          "rwCoverage",
          "declarationDate",
          "description",
          "latitude",
          "longitude",
          "criteria",
          "modelStatus");

  @Inject private KampungKbFacade registry;
  @Inject private AccountFacade accounts;

  private String id;
  private Long editing;
  private Long version;
  private RegionCascade region;
  private String name;
  private String rwCoverage;
  private LocalDate declarationDate;
  private String description;
  private Double latitude;
  private Double longitude;
  private List<String> criteria = new ArrayList<>();
  private String modelStatus = "NONE";

  /** Fills the form from the Kampung KB to correct, or prepares an empty one. */
  public void load() throws IOException {
    if (region != null) {
      return;
    }
    region = new RegionCascade(accounts.me().scope());
    if (id == null || id.isBlank()) {
      return;
    }
    try {
      KampungKbDto k = registry.get(Params.id("KampungKb", id));
      editing = k.id();
      version = k.version();
      region.startAt(k.villageCode());
      name = k.name();
      rwCoverage = k.rwCoverage();
      declarationDate = k.declarationDate();
      description = k.description();
      latitude = k.latitude();
      longitude = k.longitude();
      criteria = new ArrayList<>(k.criteria());
      modelStatus = k.modelStatus();
    } catch (BusinessException e) {
      Pages.notFound("Kampung KB tidak ditemukan");
    }
  }

  public String save() {
    KampungKbRequest r = new KampungKbRequest();
    r.name = name;
    r.villageCode = editing == null ? region.getVillage() : null;
    r.rwCoverage = rwCoverage;
    r.declarationDate = declarationDate == null ? null : declarationDate.toString();
    r.description = description;
    r.latitude = latitude;
    r.longitude = longitude;
    r.criteria = criteria;
    r.modelStatus = modelStatus;
    r.version = version;
    if (!FormMessages.validate(FORM, r)) {
      return null;
    }
    try {
      KampungKbDto saved =
          editing == null ? registry.register(r) : registry.update(editing, null, r);
      FormMessages.info(FormMessages.text("kkb.saved", "Saved."));
      return "/kampung-kb/detail?faces-redirect=true&id=" + saved.id();
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
      return null;
    }
  }

  /** The village, picked regency → district → village within the user's scope. */
  public RegionCascade getRegion() {
    return region;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public List<String> getCriterionOptions() {
    return Options.names(FormationCriterion.class);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRwCoverage() {
    return rwCoverage;
  }

  public void setRwCoverage(String rwCoverage) {
    this.rwCoverage = rwCoverage;
  }

  public LocalDate getDeclarationDate() {
    return declarationDate;
  }

  public void setDeclarationDate(LocalDate declarationDate) {
    this.declarationDate = declarationDate;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public List<String> getCriteria() {
    return criteria;
  }

  public void setCriteria(List<String> criteria) {
    this.criteria = criteria;
  }

  public String getModelStatus() {
    return modelStatus;
  }

  public void setModelStatus(String modelStatus) {
    this.modelStatus = modelStatus;
  }
}
