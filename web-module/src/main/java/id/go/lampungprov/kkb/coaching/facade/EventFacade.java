package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.application.CoachingEventService;
import id.go.lampungprov.kkb.coaching.domain.AgendaItem;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.EventSearch;
import id.go.lampungprov.kkb.coaching.domain.EventStatus;
import id.go.lampungprov.kkb.coaching.domain.EventType;
import id.go.lampungprov.kkb.coaching.domain.Minutes;
import id.go.lampungprov.kkb.coaching.domain.Official;
import id.go.lampungprov.kkb.coaching.domain.OfficialRole;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.AgendaItemDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventRequest;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.MinutesDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.OfficialDto;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Coaching events as DTOs; parses request text into domain values, naming the field on error. */
@ApplicationScoped
public class EventFacade {

  @EJB private CoachingEventService events;

  /** The list filters as they arrive in the query string. */
  public record Filter(
      String region, String type, String status, Long kampungKbId, String from, String to) {

    /** The filters' query parameters, in the order export file names show them. */
    public static final List<String> NAMES =
        List.of("region", "type", "status", "kampungKb", "from", "to");

    /** The filters from named values (an export's), the Kampung KB id read as the list reads it. */
    public static Filter of(Map<String, String> f) {
      Long kkb = f.containsKey("kampungKb") ? Params.id("KampungKb", f.get("kampungKb")) : null;
      return new Filter(
          f.get("region"), f.get("type"), f.get("status"), kkb, f.get("from"), f.get("to"));
    }
  }

  public EventDto plan(EventRequest r) {
    return dto(events.plan(data(r)));
  }

  public EventDto update(long id, Long version, EventRequest r) {
    return dto(events.update(id, version, data(r)));
  }

  public EventDto get(long id) {
    return dto(events.get(id));
  }

  public PageDto<EventDto> search(Filter f, Integer page, Integer size) {
    Page<CoachingEvent> found = events.search(eventSearch(f, PageRequest.of(page, size)));
    return PageDto.of(found, EventFacade::dto);
  }

  /** The list filters as the services take them, each checked (400 naming the filter). */
  static EventSearch eventSearch(Filter f, PageRequest page) {
    return new EventSearch(
        Filters.given(f.region()).map(v -> RegionCode.parse("region", v)),
        Filters.given(f.type()).map(v -> parseEnum(EventType.class, "type", v)),
        Filters.given(f.status()).map(v -> parseEnum(EventStatus.class, "status", v)),
        Optional.ofNullable(f.kampungKbId()),
        Filters.given(f.from()).map(v -> date("from", v)),
        Filters.given(f.to()).map(v -> date("to", v)),
        page);
  }

  public EventDto replaceAgenda(long id, Long version, List<AgendaItemDto> items) {
    List<AgendaItem> agenda =
        items.stream()
            .map(i -> new AgendaItem(time("agenda.time", i.time), i.topic, i.speaker))
            .toList();
    return dto(events.replaceAgenda(id, version, agenda));
  }

  public EventDto replaceOfficials(long id, Long version, List<OfficialDto> items) {
    List<Official> officials =
        items.stream()
            .map(
                o ->
                    new Official(
                        o.fullName,
                        o.position,
                        o.agency,
                        o.nip == null || o.nip.isBlank() ? null : Nip.parse("officials.nip", o.nip),
                        parseEnum(OfficialRole.class, "officials.role", o.role)))
            .toList();
    return dto(events.replaceOfficials(id, version, officials));
  }

  public EventDto recordMinutes(long id, Long version, EventDtos.MinutesRequest r) {
    return dto(
        events.recordMinutes(
            id,
            version,
            new Minutes(r.chair, r.minuteTaker, r.discussion, r.decisions),
            r.outcome));
  }

  public EventDto recordReportDraft(long id, Long version, ReportDrafts.ReportDraftRequest r) {
    return dto(events.recordReportDraft(id, version, ReportDrafts.draft(r)));
  }

  public EventDto markHeld(long id, Long version) {
    return dto(events.markHeld(id, version));
  }

  public EventDto markReported(long id, Long version) {
    return dto(events.markReported(id, version));
  }

  public EventDto cancel(long id, Long version, String reason) {
    return dto(events.cancel(id, version, reason));
  }

  public EventDto reopen(long id, Long version, String reason) {
    return dto(events.reopen(id, version, reason));
  }

  private static CoachingEventService.EventData data(EventRequest r) {
    return new CoachingEventService.EventData(
        parseEnum(EventType.class, "type", r.type),
        r.title,
        r.leadAgencyId,
        r.coOrganiserIds,
        dateTime("startsAt", r.startsAt),
        dateTime("endsAt", r.endsAt),
        r.venue,
        RegionCode.parse("venueVillage", r.venueVillage),
        r.targetKampungKbIds,
        r.budgetSource,
        r.quota,
        r.healthProtocol);
  }

  static EventDto dto(CoachingEvent e) {
    LocalDate day = e.schedule().startsAt().toLocalDate();
    return new EventDto(
        e.id(),
        e.type().name(),
        e.title(),
        InterventionFacade.agencyDto(e.leadAgency()),
        e.coOrganisers().stream().map(InterventionFacade::agencyDto).toList(),
        e.schedule().startsAt(),
        e.schedule().endsAt(),
        IndonesianDates.dayAndDate(day),
        IndonesianDates.weekday(day),
        e.schedule().venue(),
        e.schedule().venueVillage().value(),
        e.targets().stream().map(KampungKb::id).toList(),
        e.budgetSource(),
        e.capacity().quota(),
        e.healthProtocol(),
        e.agenda().stream()
            .map(a -> new AgendaItemDto(a.time().toString(), a.topic(), a.speaker()))
            .toList(),
        e.officials().stream()
            .map(
                o ->
                    new OfficialDto(
                        o.fullName(),
                        o.position(),
                        o.agency(),
                        o.nip() == null ? null : o.nip().value(),
                        o.role().name()))
            .toList(),
        e.record().minutes() == null
            ? null
            : new MinutesDto(
                e.record().minutes().chair(),
                e.record().minutes().minuteTaker(),
                e.record().minutes().discussion(),
                e.record().minutes().decisions()),
        e.record().outcome(),
        ReportDrafts.dto(e),
        e.status().name(),
        e.statusReason(),
        e.capacity().participantCount(),
        e.version());
  }

  static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
    return id.go.lampungprov.kkb.registration.application.KampungKbInput.parseEnum(
        type, field, text);
  }

  static LocalDate date(String field, String text) {
    return id.go.lampungprov.kkb.registration.application.KampungKbInput.date(field, text);
  }

  private static LocalDateTime dateTime(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "required", field + " is required");
    }
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "date-time", field + " is a local date and time, e.g. 2020-06-05T09:00");
    }
  }

  private static LocalTime time(String field, String text) {
    try {
      return text == null ? null : LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "time", field + " is hh:mm, e.g. 09:30");
    }
  }
}
