package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CoachingEventRepository {

  Optional<CoachingEvent> find(long id);

  Page<CoachingEvent> search(EventSearch search);

  void add(CoachingEvent event);

  List<Participant> participants(CoachingEvent event);

  /** Participants of the events that match (the region already narrowed to a scope), by id. */
  Page<Participant> participants(EventSearch search);

  /**
   * The next {@code limit} participants after {@code afterId}, by id, of the events that match: an
   * export reads them so, at the same cost for the last chunk as for the first.
   */
  List<Participant> participantsAfter(EventSearch search, long afterId, int limit);

  Optional<Participant> findParticipant(long id);

  void add(Participant participant);

  void remove(Participant participant);

  List<FollowUp> followUps(CoachingEvent event);

  Optional<FollowUp> findFollowUp(long id);

  void add(FollowUp followUp);

  List<EventPhoto> photos(CoachingEvent event);

  Optional<EventPhoto> findPhoto(long id);

  void add(EventPhoto photo);

  void remove(EventPhoto photo);

  /** Open follow-ups due before {@code today} at venues within the region. */
  List<FollowUp> overdue(String regionCode, LocalDate today);

  void flush();
}
