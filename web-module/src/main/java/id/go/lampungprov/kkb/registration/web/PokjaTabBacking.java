package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.Options;
import id.go.lampungprov.kkb.registration.domain.CadreType;
import id.go.lampungprov.kkb.registration.facade.PersonDto;
import id.go.lampungprov.kkb.registration.facade.PersonFacade;
import id.go.lampungprov.kkb.registration.facade.PokjaFacade;
import id.go.lampungprov.kkb.registration.facade.PositionDtos;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Pokja tab's forms: appoint a member or a cadre (a person this Kampung KB already has, or a
 * new person registered in its village) and end a member's or cadre's term. What was typed stays
 * after a refusal; a success clears the person but keeps the term start, so a chair, secretary and
 * treasurer go in one after another.
 */
@Named("pokjaTab")
@ViewScoped
public class PokjaTabBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String MEMBER_FORM = "tabs:pokja";
  static final String CADRE_FORM = "tabs:cadre";
  private static final Set<String> FIELDS =
      Set.of("role", "type", "personId", "fullName", "sex", "nik", "phone", "termStart", "termEnd");

  @Inject private PokjaFacade pokja;
  @Inject private PersonFacade people;
  @Inject private KampungKbDetailBacking detail;

  private String role;
  private LocalDate termStart;
  private boolean trained;
  private final PersonFields member = new PersonFields();

  private Long memberPersonId;
  private Long cadrePersonId;
  private transient List<KnownPerson> known;

  private String cadreType;
  private LocalDate cadreTermStart;
  private final PersonFields cadre = new PersonFields();

  public void addMember() {
    String village = detail.getKampungKb().villageCode();
    PositionDtos.MemberRequest r = new PositionDtos.MemberRequest();
    r.personId = 0L; // replaced by the person's id once registered
    r.role = role;
    r.termStart = termStart == null ? null : termStart.toString();
    r.trained = trained;
    boolean valid = memberPersonId != null || member.validate(MEMBER_FORM, village);
    if (!FormMessages.validate(MEMBER_FORM, r) || !valid) {
      return;
    }
    try {
      r.personId = memberPersonId != null ? memberPersonId : member.register(people, village);
      pokja.addMember(detail.getKampungKbId(), r);
      member.clear();
      memberPersonId = null;
      role = null;
      trained = false;
      done("pokja.added");
    } catch (BusinessException e) {
      FormMessages.show(MEMBER_FORM, FIELDS, e);
    }
  }

  /** Ends the member's term today. */
  public void endMember(long memberId) {
    try {
      pokja.endMember(memberId, today().toString());
      done("pokja.ended");
    } catch (BusinessException e) {
      FormMessages.show(MEMBER_FORM, Set.of(), e);
    }
  }

  public void endCadre(long cadreId) {
    try {
      pokja.endCadre(cadreId, today().toString());
      done("cadre.ended");
    } catch (BusinessException e) {
      FormMessages.show(CADRE_FORM, Set.of(), e);
    }
  }

  public void addCadre() {
    String village = detail.getKampungKb().villageCode();
    PositionDtos.CadreRequest r = new PositionDtos.CadreRequest();
    r.personId = 0L;
    r.type = cadreType;
    r.termStart = cadreTermStart == null ? null : cadreTermStart.toString();
    boolean valid = cadrePersonId != null || cadre.validate(CADRE_FORM, village);
    if (!FormMessages.validate(CADRE_FORM, r) || !valid) {
      return;
    }
    try {
      r.personId = cadrePersonId != null ? cadrePersonId : cadre.register(people, village);
      pokja.addCadre(detail.getKampungKbId(), r);
      cadre.clear();
      cadrePersonId = null;
      cadreType = null;
      done("cadre.added");
    } catch (BusinessException e) {
      FormMessages.show(CADRE_FORM, FIELDS, e);
    }
  }

  private void done(String key) {
    known = null;
    detail.refresh();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_INFO, FormMessages.text(key, "Saved."), null));
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Jakarta"));
  }

  /**
   * The people this Kampung KB has had in its Pokja or as cadres, past and present, each once: a
   * cadre becoming secretary, or a member appointed again, is picked here rather than typed anew.
   */
  public List<KnownPerson> getKnownPeople() {
    if (known == null) {
      Map<Long, KnownPerson> byId = new LinkedHashMap<>();
      long kkb = detail.getKampungKbId();
      for (PositionDtos.Member m : pokja.members(kkb)) {
        add(byId, m.person());
      }
      for (PositionDtos.CadreDto c : pokja.cadres(kkb)) {
        add(byId, c.person());
      }
      known =
          byId.values().stream()
              .sorted(Comparator.comparing(KnownPerson::name, String.CASE_INSENSITIVE_ORDER))
              .toList();
    }
    return known;
  }

  private static void add(Map<Long, KnownPerson> byId, PersonDto person) {
    if (!person.erased()) {
      byId.putIfAbsent(person.id(), new KnownPerson(person.id(), person.fullName()));
    }
  }

  /** A registered person offered for a new position. */
  public record KnownPerson(long id, String name) implements Serializable {}

  public Long getMemberPersonId() {
    return memberPersonId;
  }

  public void setMemberPersonId(Long memberPersonId) {
    this.memberPersonId = memberPersonId;
  }

  public Long getCadrePersonId() {
    return cadrePersonId;
  }

  public void setCadrePersonId(Long cadrePersonId) {
    this.cadrePersonId = cadrePersonId;
  }

  public List<String> getRoles() {
    return List.of(
        "CHAIR",
        "SECRETARY",
        "TREASURER",
        "PATRON",
        "ADVISER",
        "SECTION_RELIGIOUS",
        "SECTION_SOCIO_CULTURAL",
        "SECTION_LOVE_AND_AFFECTION",
        "SECTION_PROTECTION",
        "SECTION_REPRODUCTION",
        "SECTION_EDUCATION",
        "SECTION_ECONOMY",
        "SECTION_ENVIRONMENT");
  }

  public List<String> getCadreTypes() {
    return Options.names(CadreType.class);
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public LocalDate getTermStart() {
    return termStart;
  }

  public void setTermStart(LocalDate termStart) {
    this.termStart = termStart;
  }

  public boolean isTrained() {
    return trained;
  }

  public void setTrained(boolean trained) {
    this.trained = trained;
  }

  public PersonFields getMember() {
    return member;
  }

  public String getCadreType() {
    return cadreType;
  }

  public void setCadreType(String cadreType) {
    this.cadreType = cadreType;
  }

  public LocalDate getCadreTermStart() {
    return cadreTermStart;
  }

  public void setCadreTermStart(LocalDate cadreTermStart) {
    this.cadreTermStart = cadreTermStart;
  }

  public PersonFields getCadre() {
    return cadre;
  }
}
