package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.coaching.facade.ReportDrafts.ReportDraftDto;
import id.go.lampungprov.kkb.coaching.facade.ReportDrafts.ReportDraftRequest;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The report draft on an event's detail page: what the officer writes for the Laporan Kegiatan
 * beyond what the event records. The form binds to the request's public fields; the legal bases
 * start from the standard list, so the officer edits what will be printed rather than a blank.
 */
@Named
@ViewScoped
public class EventReportDraftBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EventFacade events;

  private String id;
  private Long eventId;
  private Long version;
  private final ReportDraftRequest draft = new ReportDraftRequest();

  /** Reads the event once per view: its version and the draft written so far. */
  public void load() {
    if (eventId == null && id != null) {
      read().ifPresent(this::fill);
    }
  }

  /** The event, or none where the detail page's own backing answers 404 for the same id. */
  private Optional<EventDto> read() {
    try {
      return Optional.of(events.get(Params.id("Event", id)));
    } catch (BusinessException e) {
      return Optional.empty();
    }
  }

  private void fill(EventDto e) {
    eventId = e.id();
    version = e.version();
    ReportDraftDto d = e.reportDraft();
    draft.background = d.background();
    draft.purpose = d.purpose();
    draft.scope = d.scope();
    draft.legalBases =
        d.legalBases() == null ? String.join("\n", d.defaultLegalBases()) : d.legalBases();
    draft.obstacles = d.obstacles();
    draft.obstacleHandling = d.obstacleHandling();
    draft.conclusions = d.conclusions();
    draft.suggestions = d.suggestions();
  }

  public String save() {
    if (!FormMessages.validate("reportDraft", draft)) {
      return null;
    }
    try {
      events.recordReportDraft(eventId, version, draft);
      FormMessages.info(FormMessages.text("event.reportDraft.saved", "Saved."));
      return "/kegiatan/detail?faces-redirect=true&id=" + eventId;
    } catch (BusinessException e) {
      FormMessages.show("reportDraft", FormMessages.fieldsOf(ReportDraftRequest.class), e);
      return null;
    }
  }

  public ReportDraftRequest getDraft() {
    return draft;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
