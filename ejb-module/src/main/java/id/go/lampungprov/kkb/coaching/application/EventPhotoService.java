package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.EventPhoto;
import id.go.lampungprov.kkb.coaching.domain.EventStatus;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Documentation photos of events (JPEG/PNG, size-limited, content checked). */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class EventPhotoService {

  @Inject private CoachingEventRepository events;
  @Inject private FileStore files;
  @EJB private CoachingEventService eventService;

  /** A photo and its bytes, for download. */
  public record PhotoContent(EventPhoto photo, byte[] data) {}

  public EventPhoto add(long eventId, String caption, byte[] data, String contentType) {
    CoachingEvent event = unreported(eventId);
    if (events.photos(event).size() >= EventPhoto.MAX_PER_EVENT) {
      throw new ConflictException(
          "photo", "max-photos", "at most " + EventPhoto.MAX_PER_EVENT + " photos per event");
    }
    StoredFile file = files.store(UploadPolicy.photo("photo"), data, contentType);
    EventPhoto photo = new EventPhoto(event, file, caption);
    events.add(photo);
    return photo;
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<EventPhoto> of(long eventId) {
    return events.photos(eventService.get(eventId));
  }

  @RolesAllowed(Role.Names.STAFF)
  public PhotoContent content(long eventId, long photoId) {
    EventPhoto photo = photoOf(eventService.get(eventId), photoId);
    return new PhotoContent(photo, files.content(photo, "Photo", photoId));
  }

  public void remove(long eventId, long photoId) {
    EventPhoto photo = photoOf(unreported(eventId), photoId);
    events.remove(photo);
    files.remove(photo.file());
  }

  /** An event the caller may change whose photos are not yet frozen by its report. */
  private CoachingEvent unreported(long eventId) {
    CoachingEvent event = eventService.writable(eventId, null);
    if (event.status() == EventStatus.REPORTED) {
      throw new ConflictException("status", "frozen", "the event is reported");
    }
    return event;
  }

  private EventPhoto photoOf(CoachingEvent event, long photoId) {
    return EventRecords.of(event, events.findPhoto(photoId), EventPhoto::event, "Photo", photoId);
  }
}
