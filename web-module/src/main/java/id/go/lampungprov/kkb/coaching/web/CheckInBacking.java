package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.application.CheckInService;
import id.go.lampungprov.kkb.coaching.domain.CheckInWindow;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.platform.web.ClientAddress;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The public check-in page a participant opens from the event's QR code on a phone: shows the
 * event, asks for the participant's own mobile number or personal code, marks them present and
 * thanks them by a masked name. No login; the signed link is the key. Too many failed attempts
 * answer 429 with a message.
 */
@Named
@RequestScoped
public class CheckInBacking {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH.mm");

  @Inject private AttendanceFacade attendance;
  @Inject private FacesContext faces;

  private String token;
  private String phone;
  private CheckInService.EventHeading heading;
  private CheckInService.CheckedIn checkedIn;

  /** Reads the link before the form is shown; a bad or closed link shows only its message. */
  public void load() {
    try {
      heading = attendance.checkInHeading(token);
      if (heading.refusal() != null) {
        error(heading.refusal());
      }
    } catch (InvalidInputException | ConflictException e) {
      error(ruleOf(e));
    }
  }

  public void checkIn() {
    load();
    if (!isLinkValid()) {
      return;
    }
    try {
      checkedIn = attendance.selfCheckIn(token, phone, clientAddress());
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              String.format(
                  bundle().getString("checkin.done"),
                  checkedIn.maskedName(),
                  checkedIn.at().format(HOUR)),
              null));
    } catch (InvalidInputException e) {
      if ("too-many-attempts".equals(e.rule())) {
        faces.getExternalContext().setResponseStatus(429);
        error(e.rule());
        return;
      }
      faces.addMessage(
          "phone".equals(e.field()) ? "checkin:phone" : null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, message(e.rule()), null));
    } catch (ConflictException e) {
      error(e.rule());
    }
  }

  /** The address the request came from; behind a proxy, the one the proxy passes to the server. */
  private String clientAddress() {
    return ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
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
    String text = b.containsKey(key) ? b.getString(key) : b.getString("checkin.error.other");
    if (heading != null && CheckInWindow.NOT_YET_OPEN.equals(rule)) {
      return String.format(text, when(heading.window().opensAt()));
    }
    if (heading != null && CheckInWindow.CLOSED.equals(rule)) {
      return String.format(text, when(heading.window().closesAt()));
    }
    return text;
  }

  private static String when(LocalDateTime at) {
    return IndonesianDates.dayAndDate(at.toLocalDate()) + ", " + at.format(HOUR) + " WIB";
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public String getDateText() {
    return heading == null ? "" : IndonesianDates.dayAndDate(heading.startsAt().toLocalDate());
  }

  public String getTimeText() {
    return heading == null ? "" : heading.startsAt().format(HOUR) + " WIB";
  }

  /** Whether the event is shown: the link is genuine and the event not cancelled or reported. */
  public boolean isEventShown() {
    return heading != null;
  }

  /** Whether the form is shown: a genuine link inside its check-in window. */
  public boolean isLinkValid() {
    return heading != null && heading.refusal() == null;
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
