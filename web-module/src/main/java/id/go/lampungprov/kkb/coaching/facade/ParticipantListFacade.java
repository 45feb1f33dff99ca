package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.application.ParticipantService;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The participants of many events at once (filtered as the events list is), for reports and
 * exports. Without the personal check-in codes: those are for the desk of one event.
 */
@ApplicationScoped
public class ParticipantListFacade {

  @EJB private ParticipantService participants;

  /** A participant with the event it belongs to. */
  @Schema(name = "ParticipantRow")
  public record ParticipantRowDto(
      long id,
      long eventId,
      String eventTitle,
      LocalDateTime eventStartsAt,
      @Schema(example = "18.07.04.2003") String venueVillage,
      Long personId,
      String fullName,
      String sex,
      String phone,
      String category,
      String affiliation,
      String attendance,
      LocalDateTime checkedInAt,
      String checkInChannel)
      implements Serializable {}

  public PageDto<ParticipantRowDto> search(EventFacade.Filter f, Integer page, Integer size) {
    return PageDto.of(
        participants.search(EventFacade.eventSearch(f, PageRequest.of(page, size))),
        ParticipantListFacade::dto);
  }

  /** The next chunk after a participant id, for an export. */
  public List<ParticipantRowDto> after(EventFacade.Filter f, long afterId, int limit) {
    return participants
        .searchAfter(EventFacade.eventSearch(f, new PageRequest(0, 1)), afterId, limit)
        .stream()
        .map(ParticipantListFacade::dto)
        .toList();
  }

  static ParticipantRowDto dto(Participant p) {
    return new ParticipantRowDto(
        p.id(),
        p.event().id(),
        p.event().title(),
        p.event().schedule().startsAt(),
        p.event().schedule().venueVillage().value(),
        p.person() == null ? null : p.person().id(),
        p.fullName(),
        p.sex().name(),
        p.phone(),
        p.category().name(),
        p.affiliation(),
        p.attendance().name(),
        p.checkedInAt(),
        p.channel() == null ? null : p.channel().name());
  }
}
