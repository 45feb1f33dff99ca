package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.registration.facade.DecreeDtos;
import id.go.lampungprov.kkb.registration.facade.DecreeFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The decrees (SK) tab: the decrees covering this Kampung KB and a form to register one. The issuer
 * is the regency by default (a regent's decree); a village head's decree names the village.
 */
@Named("decreeTab")
@ViewScoped
public class DecreeTabBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "tabs:decree";
  private static final Set<String> FIELDS = FormMessages.fieldsOf(DecreeDtos.DecreeRequest.class);

  @Inject private DecreeFacade decrees;
  @Inject private KampungKbDetailBacking detail;

  private String number;
  private LocalDate date;
  private String issuerLevel = "REGENCY";
  private String signerName;
  private String signerPosition;
  private String subject = "POKJA_FORMATION";
  private transient List<DecreeDtos.DecreeDto> covering;

  public List<DecreeDtos.DecreeDto> getCovering() {
    if (covering == null) {
      covering = decrees.covering(detail.getKampungKbId());
    }
    return covering;
  }

  public void add() {
    DecreeDtos.DecreeRequest r = new DecreeDtos.DecreeRequest();
    r.number = number;
    r.date = date == null ? null : date.toString();
    r.issuerRegion = issuerRegion();
    r.signerName = signerName;
    r.signerPosition = signerPosition;
    r.subject = subject;
    r.kampungKbIds = List.of(detail.getKampungKbId());
    if (!FormMessages.validate(FORM, r)) {
      return;
    }
    try {
      decrees.register(r);
      number = null;
      date = null;
      signerName = null;
      signerPosition = null;
      covering = null;
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, FormMessages.text("decree.added", "Saved."), null));
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
    }
  }

  /** The region of the chosen issuer level, from the Kampung KB's village and its ancestors. */
  private String issuerRegion() {
    String village = detail.getKampungKb().villageCode();
    return switch (issuerLevel == null ? "REGENCY" : issuerLevel) {
      case "VILLAGE" -> village;
      case "DISTRICT" -> village.substring(0, village.lastIndexOf('.'));
      case "PROVINCE" -> village.substring(0, village.indexOf('.'));
      default -> village.substring(0, village.indexOf('.', village.indexOf('.') + 1));
    };
  }

  public List<String> getIssuerLevels() {
    return List.of("REGENCY", "DISTRICT", "VILLAGE", "PROVINCE");
  }

  public List<String> getSubjects() {
    return List.of("POKJA_FORMATION", "KAMPUNG_KB_DECLARATION", "RUMAH_DATAKU");
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getIssuerLevel() {
    return issuerLevel;
  }

  public void setIssuerLevel(String issuerLevel) {
    this.issuerLevel = issuerLevel;
  }

  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public String getSignerPosition() {
    return signerPosition;
  }

  public void setSignerPosition(String signerPosition) {
    this.signerPosition = signerPosition;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }
}
