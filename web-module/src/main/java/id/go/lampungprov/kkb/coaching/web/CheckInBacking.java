package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.application.CheckInService;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.ParticipantDto;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The public check-in page a participant opens from the event's QR code on a phone: shows the
 * event, asks name and phone number, marks them present. No login; the signed link is the key.
 */
@Named
@RequestScoped
public class CheckInBacking {

  @Inject private AttendanceFacade attendance;
  @Inject private FacesContext faces;

  private String token;
  private String fullName;
  private String phone;
  private CheckInService.EventHeading heading;
  private ParticipantDto checkedIn;

  /** Reads the link before the form is shown; a bad link shows only its message. */
  public void load() {
    try {
      heading = attendance.checkInHeading(token);
    } catch (InvalidInputException | ConflictException e) {
      error(ruleOf(e));
    }
  }

  public void checkIn() {
    load();
    if (heading == null) {
      return;
    }
    try {
      checkedIn = attendance.selfCheckIn(token, fullName, phone);
      String time = checkedIn.checkedInAt().format(DateTimeFormatter.ofPattern("HH.mm"));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              String.format(bundle().getString("checkin.done"), checkedIn.fullName(), time),
              null));
    } catch (InvalidInputException e) {
      String rule = e.rule();
      faces.addMessage(
          "phone".equals(e.field()) || "fullName".equals(e.field()) ? "checkin:" + e.field() : null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, message(rule), null));
    } catch (ConflictException e) {
      error(e.rule());
    }
  }

  private String ruleOf(RuntimeException e) {
    return e instanceof InvalidInputException i ? i.rule() : ((ConflictException) e).rule();
  }

  private void error(String rule) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message(rule), null));
  }

  private String message(String rule) {
    String key = "checkin.error." + rule;
    ResourceBundle b = bundle();
    return b.containsKey(key) ? b.getString(key) : b.getString("checkin.error.other");
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public String getDateText() {
    return heading == null ? "" : IndonesianDates.dayAndDate(heading.startsAt().toLocalDate());
  }

  public String getTimeText() {
    return heading == null
        ? ""
        : heading.startsAt().format(DateTimeFormatter.ofPattern("HH.mm")) + " WIB";
  }

  /** Whether the link was good: the form is shown only then. */
  public boolean isLinkValid() {
    return heading != null;
  }

  public String getEventTitle() {
    return heading == null ? "" : heading.title();
  }

  public String getVenue() {
    return heading == null ? "" : heading.venue();
  }

  public boolean isDone() {
    return checkedIn != null;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
