package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.domain.CheckInWindow;
import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.ParticipantDto;
import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.TotalsDto;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.FollowUpDto;
import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event: its facts and agenda, the attendance screen (large buttons, usable on a tablet at the
 * registration desk), the totals, follow-ups, the check-in QR code and the documents.
 */
@Named
@ViewScoped
public class EventDetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EventFacade events;
  @Inject private AttendanceFacade attendance;

  /** An agenda line as the page shows it. */
  public record AgendaLine(String time, String topic, String speaker) {}

  /** An official present, as the page shows them. */
  public record OfficialLine(String name, String position) {}

  private String id;
  private long eventId;
  private transient EventDto event;
  private transient List<ParticipantDto> participants;
  private transient TotalsDto totals;
  private transient List<String> checkInWindow;

  public void load() throws IOException {
    event = Pages.found("Event", id, events::get, "Kegiatan tidak ditemukan");
    eventId = event == null ? 0 : event.id();
  }

  /** Records one participant's attendance; a refusal (e.g. a reported event) shows on top. */
  public void mark(long participantId, String value) {
    try {
      attendance.record(eventId, participantId, value);
      participants = null;
      totals = null;
    } catch (BusinessException e) {
      FormMessages.show("attendance", Set.of(), e);
    }
  }

  public EventDto getEvent() {
    if (event == null && eventId > 0) {
      event = events.get(eventId);
    }
    return event;
  }

  public List<AgendaLine> getAgenda() {
    return getEvent().agenda().stream()
        .map(a -> new AgendaLine(a.time, a.topic, a.speaker))
        .toList();
  }

  public List<OfficialLine> getOfficials() {
    return getEvent().officials().stream()
        .map(o -> new OfficialLine(o.fullName, o.position))
        .toList();
  }

  public List<ParticipantDto> getParticipants() {
    if (participants == null) {
      participants = attendance.participants(eventId);
    }
    return participants;
  }

  public TotalsDto getTotals() {
    if (totals == null) {
      totals = attendance.totals(eventId);
    }
    return totals;
  }

  public List<FollowUpDto> getFollowUps() {
    return attendance.followUps(eventId);
  }

  /** When the check-in QR code works, e.g. "Jumat, 5 Juni 2020 08.00 WIB" and the end. */
  public List<String> getCheckInWindow() {
    if (checkInWindow == null) {
      CheckInWindow w = attendance.checkInWindow(eventId);
      checkInWindow = List.of(when(w.opensAt()), when(w.closesAt()));
    }
    return checkInWindow;
  }

  private static String when(LocalDateTime at) {
    return IndonesianDates.dayAndDate(at.toLocalDate())
        + " "
        + at.format(DateTimeFormatter.ofPattern("HH.mm"))
        + " WIB";
  }

  /** Attendance can still be taken: the event is not reported or cancelled. */
  public boolean isOpen() {
    String status = getEvent().status();
    return status.equals("PLANNED") || status.equals("HELD");
  }

  public String getId() {
    return id;
  }

  /** The filter of the participants' and follow-ups' export buttons: this event. */
  public Map<String, Long> getExportFilters() {
    return Map.of("event", eventId);
  }

  public void setId(String id) {
    this.id = id;
  }
}
