package id.go.lampungprov.kkb.coaching.web;

import static id.go.lampungprov.kkb.coaching.web.EventFormRows.blank;

import id.go.lampungprov.kkb.coaching.facade.EventDtos.AgendaItemDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.OfficialDto;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the event form the request objects cannot express: times as hh:mm, the end after
 * the start, complete agenda and official lines. Each puts its message next to its field.
 */
final class EventFormChecks {

  static final String FORM = "event";

  private EventFormChecks() {}

  /** A time as typed ("9.30", "09:30") in the form hh:mm the facade reads. */
  static String normalize(String typed) {
    String t = typed == null ? "" : typed.strip().replace('.', ':');
    return t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t;
  }

  /** The time typed, or null with a message next to the field. */
  static LocalTime time(String field, String text) {
    if (blank(text)) {
      error(field, FormMessages.text("validation.required", "Required."));
      return null;
    }
    try {
      return LocalTime.parse(normalize(text));
    } catch (DateTimeParseException e) {
      error(field, FormMessages.text("rule.time", "hh:mm, e.g. 09:30"));
      return null;
    }
  }

  /** The agenda's filled lines, or null when one is incomplete (with a message). */
  static List<AgendaItemDto> agenda(List<AgendaItemDto> rows) {
    List<AgendaItemDto> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      AgendaItemDto r = rows.get(i);
      if (blank(r.time) && blank(r.topic) && blank(r.speaker)) {
        continue;
      }
      String line = FormMessages.text("event.line", "Line") + " " + (i + 1) + ": ";
      if (blank(r.topic)) {
        error("agenda", line + FormMessages.text("rule.agenda.topic.required", "topic required"));
        return null;
      }
      try {
        LocalTime.parse(normalize(r.time));
      } catch (DateTimeParseException e) {
        error("agenda", line + FormMessages.text("rule.time", "hh:mm, e.g. 09:30"));
        return null;
      }
      items.add(
          new AgendaItemDto(
              normalize(r.time), r.topic.strip(), blank(r.speaker) ? null : r.speaker.strip()));
    }
    return items;
  }

  /** The officials' filled lines, or null when one lacks a name or position. */
  static List<OfficialDto> officials(List<OfficialDto> rows) {
    List<OfficialDto> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      OfficialDto r = rows.get(i);
      if (blank(r.fullName) && blank(r.position)) {
        continue;
      }
      if (blank(r.fullName) || blank(r.position)) {
        error(
            "officials",
            FormMessages.text("event.line", "Line")
                + " "
                + (i + 1)
                + ": "
                + FormMessages.text("rule.officials.incomplete", "name and position required"));
        return null;
      }
      items.add(new OfficialDto(r.fullName.strip(), r.position.strip(), r.agency, r.nip, r.role));
    }
    return items;
  }

  static void error(String field, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(
            field == null ? null : FORM + ":" + field,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
