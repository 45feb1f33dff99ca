package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.FollowUpRequest;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.MinutesRequest;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.ReasonRequest;
import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What happens to an event after planning, on its detail page: marked held, the minutes written,
 * reported or cancelled with a reason, follow-ups added and closed. Each change reloads the page so
 * the facts shown are the stored ones; a refusal keeps what was typed.
 */
@Named
@ViewScoped
public class EventLifecycleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EventFacade events;
  @Inject private AttendanceFacade attendance;

  private String id;
  private Long eventId;
  private Long version;
  private String chair;
  private String minuteTaker;
  private String discussion;
  private String decisions;
  private String outcome;
  private String reason;
  private String action;
  private String owner;
  private LocalDate dueDate;

  /** Reads the event once per view: its version and any minutes already written. */
  public void load() {
    if (eventId != null || id == null) {
      return;
    }
    try {
      EventDto e = events.get(Params.id("Event", id));
      eventId = e.id();
      version = e.version();
      outcome = e.outcome();
      if (e.minutes() != null) {
        chair = e.minutes().chair();
        minuteTaker = e.minutes().minuteTaker();
        discussion = e.minutes().discussion();
        decisions = e.minutes().decisions();
      }
    } catch (BusinessException e) {
      // the detail page's own backing answers 404 for the same id
    }
  }

  public String saveMinutes() {
    MinutesRequest r = new MinutesRequest();
    r.chair = chair;
    r.minuteTaker = minuteTaker;
    r.discussion = discussion;
    r.decisions = decisions;
    r.outcome = outcome;
    if (!FormMessages.validate("minutes", r)) {
      return null;
    }
    try {
      events.recordMinutes(eventId, version, r);
      return done("event.minutes.saved");
    } catch (BusinessException e) {
      FormMessages.show(
          "minutes", Set.of("chair", "minuteTaker", "discussion", "decisions", "outcome"), e);
      return null;
    }
  }

  public String markHeld() {
    try {
      events.markHeld(eventId, version);
      return done("event.held.saved");
    } catch (BusinessException e) {
      FormMessages.show("status", Set.of(), e);
      return null;
    }
  }

  public String markReported() {
    try {
      events.markReported(eventId, version);
      return done("event.reported.saved");
    } catch (BusinessException e) {
      FormMessages.show("status", Set.of(), e);
      return null;
    }
  }

  public String cancel() {
    ReasonRequest r = new ReasonRequest();
    r.reason = reason;
    if (!FormMessages.validate("status", r)) {
      return null;
    }
    try {
      events.cancel(eventId, version, reason);
      return done("event.cancelled.saved");
    } catch (BusinessException e) {
      FormMessages.show("status", Set.of("reason"), e);
      return null;
    }
  }

  public String addFollowUp() {
    FollowUpRequest r = new FollowUpRequest();
    r.action = action;
    r.owner = owner;
    r.dueDate = dueDate == null ? null : dueDate.toString();
    if (!FormMessages.validate("followUp", r)) {
      return null;
    }
    try {
      attendance.addFollowUp(eventId, r);
      return done("event.followUp.saved");
    } catch (BusinessException e) {
      FormMessages.show("followUp", Set.of("action", "owner", "dueDate"), e);
      return null;
    }
  }

  public String closeFollowUp(long followUpId, long followUpVersion, String status) {
    try {
      attendance.closeFollowUp(eventId, followUpId, followUpVersion, status);
      return done("event.followUp.closed");
    } catch (BusinessException e) {
      FormMessages.show("followUps", Set.of(), e);
      return null;
    }
  }

  private String done(String key) {
    FormMessages.info(FormMessages.text(key, "Saved."));
    return "/kegiatan/detail?faces-redirect=true&id=" + eventId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getChair() {
    return chair;
  }

  public void setChair(String chair) {
    this.chair = chair;
  }

  public String getMinuteTaker() {
    return minuteTaker;
  }

  public void setMinuteTaker(String minuteTaker) {
    this.minuteTaker = minuteTaker;
  }

  public String getDiscussion() {
    return discussion;
  }

  public void setDiscussion(String discussion) {
    this.discussion = discussion;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }
}
