package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.registration.facade.ProfileDtos;
import id.go.lampungprov.kkb.registration.facade.ProfileFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile checklist tab: starts from the active profile's answers and saves them as a new
 * version valid from the date given (the service keeps the history).
 */
@Named("profileTab")
@ViewScoped
public class ProfileTabBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "tabs:profile";
  private static final Set<String> FIELDS =
      Set.of(
          "validFrom",
          "pokjaExists",
          "pokjaMembers",
          "pkbName",
          "pkbNip",
          "regulationLevel",
          "rumahDataKu",
          "mechanisms");

  @Inject private ProfileFacade profiles;
  @Inject private KampungKbDetailBacking detail;

  private boolean started;
  private LocalDate validFrom;
  private final ProfileDtos.ProfileRequest answers = new ProfileDtos.ProfileRequest();
  private final HashMap<String, String> mechanisms = new HashMap<>();
  private transient List<ProfileDtos.ProfileDto> history;

  public List<ProfileDtos.ProfileDto> getHistory() {
    if (history == null) {
      history = profiles.history(detail.getKampungKbId());
    }
    return history;
  }

  /** Copies the active profile's answers into the form, once per view. */
  private ProfileDtos.ProfileRequest answers() {
    if (!started) {
      started = true;
      getHistory().stream()
          .filter(ProfileDtos.ProfileDto::active)
          .findFirst()
          .ifPresent(p -> copy(p.checklist()));
    }
    return answers;
  }

  private void copy(ProfileChecklist c) {
    answers.pokjaExists = c.pokjaExists();
    answers.pokjaHasDecree = c.pokjaHasDecree();
    answers.pokjaTrained = c.pokjaTrained();
    answers.pokjaMembers = c.pokjaMembers();
    answers.pkbName = c.pkbName();
    answers.pkbNip = c.pkbNip() == null ? null : c.pkbNip().formatted();
    answers.regulationLevel = c.regulationLevel() == null ? null : c.regulationLevel().name();
    answers.hasRkm = c.hasRkm();
    answers.dataSources = names(c.dataSources());
    answers.fundingSources = names(c.fundingSources());
    answers.hasSecretariat = c.hasSecretariat();
    answers.rumahDataKu = c.rumahDataKu() == null ? null : c.rumahDataKu().name();
    answers.poktan = names(c.poktan());
    c.mechanisms().forEach((k, v) -> mechanisms.put(k.name(), v.name()));
  }

  private static List<String> names(Set<? extends Enum<?>> values) {
    return values == null ? new ArrayList<>() : values.stream().map(Enum::name).toList();
  }

  public void save() {
    ProfileDtos.ProfileRequest r = answers();
    r.validFrom = validFrom == null ? null : validFrom.toString();
    r.mechanisms = new HashMap<>();
    mechanisms.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            r.mechanisms.put(k, v);
          }
        });
    if (!FormMessages.validate(FORM, r)) {
      return;
    }
    try {
      profiles.record(detail.getKampungKbId(), r);
      history = null;
      validFrom = null;
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, FormMessages.text("profile.saved", "Saved."), null));
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
    }
  }

  public List<String> getMechanismNames() {
    return List.of(
        "PLANNING_MEETING", "COORDINATION", "SOCIALISATION", "MONITORING_EVALUATION", "REPORTING");
  }

  public Map<String, String> getMechanisms() {
    answers();
    return mechanisms;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public boolean isPokjaExists() {
    return answers().pokjaExists;
  }

  public void setPokjaExists(boolean v) {
    answers().pokjaExists = v;
  }

  public boolean isPokjaHasDecree() {
    return answers().pokjaHasDecree;
  }

  public void setPokjaHasDecree(boolean v) {
    answers().pokjaHasDecree = v;
  }

  public boolean isPokjaTrained() {
    return answers().pokjaTrained;
  }

  public void setPokjaTrained(boolean v) {
    answers().pokjaTrained = v;
  }

  public int getPokjaMembers() {
    return answers().pokjaMembers;
  }

  public void setPokjaMembers(int v) {
    answers().pokjaMembers = v;
  }

  public String getPkbName() {
    return answers().pkbName;
  }

  public void setPkbName(String v) {
    answers().pkbName = v;
  }

  public String getPkbNip() {
    return answers().pkbNip;
  }

  public void setPkbNip(String v) {
    answers().pkbNip = v;
  }

  public String getRegulationLevel() {
    return answers().regulationLevel;
  }

  public void setRegulationLevel(String v) {
    answers().regulationLevel = v;
  }

  public boolean isHasRkm() {
    return answers().hasRkm;
  }

  public void setHasRkm(boolean v) {
    answers().hasRkm = v;
  }

  public boolean isHasSecretariat() {
    return answers().hasSecretariat;
  }

  public void setHasSecretariat(boolean v) {
    answers().hasSecretariat = v;
  }

  public String getRumahDataKu() {
    return answers().rumahDataKu;
  }

  public void setRumahDataKu(String v) {
    answers().rumahDataKu = v;
  }

  public List<String> getDataSources() {
    return answers().dataSources;
  }

  public void setDataSources(List<String> v) {
    answers().dataSources = v;
  }

  public List<String> getFundingSources() {
    return answers().fundingSources;
  }

  public void setFundingSources(List<String> v) {
    answers().fundingSources = v;
  }

  public List<String> getPoktan() {
    return answers().poktan;
  }

  public void setPoktan(List<String> v) {
    answers().poktan = v;
  }
}
