package id.go.lampungprov.kkb.coaching.web;

import static id.go.lampungprov.kkb.coaching.web.EventFormChecks.FORM;

import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.ParticipantRequest;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.CandidateFacade;
import id.go.lampungprov.kkb.coaching.facade.CandidateFacade.Candidate;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.AgendaItemDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventRequest;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.OfficialDto;
import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.coaching.web.EventFormRows.ParticipantRow;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans a coaching event or changes a planned one: the facts, the agenda, the officials present and
 * the participants, saved together. Whatever is refused shows next to its field and everything
 * typed stays, as the view keeps the form. The region choices live in {@link EventFormFields}.
 */
@Named
@ViewScoped
public class EventFormBacking extends EventFormFields implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<String> FIELDS = FormMessages.fieldsOf(EventRequest.class);

  @Inject private EventFacade events;
  @Inject private AttendanceFacade attendance;
  @Inject private CandidateFacade candidates;

  private String id;
  private Long editing;
  private Long version;

  /** The lines of the agenda and of the officials, each the object the facade takes. */
  private final List<AgendaItemDto> agenda = new ArrayList<>(List.of(new AgendaItemDto()));

  private final List<OfficialDto> officials = new ArrayList<>(List.of(newOfficial()));
  private final ParticipantPicker picker = new ParticipantPicker();

  /** Fills the form from the event to change, or prepares an empty one in the user's scope. */
  public void load() throws IOException {
    if (isLoaded()) {
      return;
    }
    loadScope();
    if (id == null || id.isBlank()) {
      return;
    }
    try {
      EventDto e = events.get(Params.id("Event", id));
      editing = e.id();
      version = e.version();
      fill(e);
      agenda.clear();
      agenda.addAll(e.agenda());
      officials.clear();
      officials.addAll(e.officials());
      picker.load(
          attendance.participants(e.id()).stream()
              .map(
                  p ->
                      new ParticipantRow(
                          p.id(),
                          p.personId(),
                          p.fullName(),
                          p.sex(),
                          p.phone(),
                          p.category(),
                          p.affiliation()))
              .toList());
    } catch (BusinessException e) {
      Pages.notFound("Kegiatan tidak ditemukan");
    }
  }

  public void addAgendaRow() {
    agenda.add(new AgendaItemDto());
  }

  public void removeAgendaRow(AgendaItemDto row) {
    agenda.remove(row);
  }

  public void addOfficialRow() {
    officials.add(newOfficial());
  }

  public void removeOfficialRow(OfficialDto row) {
    officials.remove(row);
  }

  /** An empty official's line: a guest unless the user picks another role. */
  private static OfficialDto newOfficial() {
    return new OfficialDto(null, null, null, null, "GUEST");
  }

  public void search() {
    if (getTargetKampungKbIds().isEmpty()) {
      EventFormChecks.error(
          "query", FormMessages.text("event.search.noTarget", "Choose a target Kampung KB."));
      return;
    }
    picker.search(candidates, targetIds());
  }

  public void addOne(Candidate candidate) {
    addChosen(List.of(candidate));
  }

  public void addAll() {
    addChosen(picker.getResults());
  }

  private void addChosen(List<Candidate> chosen) {
    if (fits(chosen.size())) {
      picker.add(chosen);
    }
  }

  /** Adds someone not in the registry, by name and sex (phone and affiliation optional). */
  public void addNew() {
    boolean ok = true;
    if (EventFormRows.blank(picker.getNewName())) {
      EventFormChecks.error("newName", FormMessages.text("validation.required", "Required."));
      ok = false;
    }
    if (EventFormRows.blank(picker.getNewSex())) {
      EventFormChecks.error("newSex", FormMessages.text("validation.required", "Required."));
      ok = false;
    }
    if (ok && fits(1)) {
      picker.addNew();
    }
  }

  /** Whether the quota takes {@code adding} more; if not, says so next to the list. */
  private boolean fits(int adding) {
    int room = picker.room(getQuota());
    if (room >= 0 && adding > room) {
      EventFormChecks.error(
          "participants",
          FormMessages.text("event.quota.full", "The quota of {0} is reached.")
              .replace("{0}", String.valueOf(getQuota())));
      return false;
    }
    return true;
  }

  /** Saves the facts, then the agenda, officials and invitations; stops at the first refusal. */
  public String save() {
    EventRequest r = request();
    LocalTime start = EventFormChecks.time("startsAt", getStartsAt());
    LocalTime end = EventFormChecks.time("endsAt", getEndsAt());
    if (getDate() == null) {
      EventFormChecks.error("date", FormMessages.text("validation.required", "Required."));
    }
    boolean valid = FormMessages.validate(FORM, r) && start != null && end != null;
    valid &= getDate() != null;
    if (start != null && end != null && !end.isAfter(start)) {
      EventFormChecks.error("endsAt", FormMessages.text("rule.endsAt.after-start", "After start"));
      valid = false;
    }
    if (getQuota() != null && picker.getRows().size() > getQuota()) {
      EventFormChecks.error(
          "quota",
          FormMessages.text("event.quota.below", "Below the {0} participants.")
              .replace("{0}", String.valueOf(picker.getRows().size())));
      valid = false;
    }
    List<AgendaItemDto> lines = EventFormChecks.agenda(agenda);
    List<OfficialDto> present = EventFormChecks.officials(officials);
    if (!valid || lines == null || present == null) {
      return null;
    }
    try {
      for (Long withdrawn : List.copyOf(picker.withdrawn())) {
        attendance.withdraw(editing, withdrawn);
        picker.withdrawalSaved(withdrawn);
      }
      EventDto saved = editing == null ? events.plan(r) : events.update(editing, version, r);
      editing = saved.id();
      events.replaceAgenda(saved.id(), null, lines);
      version = events.replaceOfficials(saved.id(), null, present).version();
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
      return null;
    }
    for (ParticipantRow row : picker.unsaved()) {
      try {
        picker.saved(row, attendance.invite(editing, invitation(row)).id());
      } catch (BusinessException e) {
        EventFormChecks.error(
            "participants",
            row.fullName() + ": " + FormMessages.text("rule." + rule(e), e.getMessage()));
        version = events.get(editing).version();
        return null;
      }
    }
    FormMessages.info(FormMessages.text("event.saved", "Saved."));
    return "/kegiatan/detail?faces-redirect=true&id=" + editing;
  }

  private static String rule(BusinessException e) {
    if (e instanceof id.go.lampungprov.kkb.shared.domain.ConflictException c) {
      return c.field() + "." + c.rule();
    }
    if (e instanceof id.go.lampungprov.kkb.shared.domain.InvalidInputException i) {
      return i.field() + "." + i.rule();
    }
    return "unknown";
  }

  private static ParticipantRequest invitation(ParticipantRow row) {
    ParticipantRequest p = new ParticipantRequest();
    p.personId = row.personId();
    p.fullName = row.fullName();
    p.sex = row.sex();
    p.phone = row.phone();
    p.category = row.category();
    p.affiliation = row.affiliation();
    return p;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Long getEditingId() {
    return editing;
  }

  public List<AgendaItemDto> getAgenda() {
    return agenda;
  }

  public List<OfficialDto> getOfficials() {
    return officials;
  }

  public ParticipantPicker getPicker() {
    return picker;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
