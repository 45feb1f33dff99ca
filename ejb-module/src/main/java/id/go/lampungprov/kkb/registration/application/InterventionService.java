package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyRepository;
import id.go.lampungprov.kkb.registration.domain.FamilyFunction;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.InterventionPhoto;
import id.go.lampungprov.kkb.registration.domain.InterventionRepository;
import id.go.lampungprov.kkb.registration.domain.InterventionSearch;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbDataChanged;
import id.go.lampungprov.kkb.registration.domain.PhotoStage;
import id.go.lampungprov.kkb.registration.domain.TargetGroup;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Cross-sector interventions in Kampung KB and their before/after photos. */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class InterventionService {

  private static final String ENTITY = "Intervention";

  @Inject private InterventionRepository interventions;
  @Inject private ScopeGuard scopeGuard;
  @Inject private Event<KampungKbDataChanged> changed;
  @Inject private FileStore files;
  @Inject private AgencyRepository agencies;
  @EJB private KampungKbService registry;

  private final Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));

  /** What staff type about an intervention; the agency by its id. */
  public record Data(
      LocalDate date,
      String title,
      Long agencyId,
      FamilyFunction familyFunction,
      Set<TargetGroup> targetGroups,
      String description,
      String outcome) {}

  public Intervention register(Long kampungKbId, Data data) {
    if (kampungKbId == null) {
      throw new InvalidInputException("kampungKbId", "required", "the Kampung KB is required");
    }
    KampungKb kkb = registry.writable(kampungKbId, null);
    Intervention.Details details = details(data);
    Intervention intervention = new Intervention(kkb, details, Instant.now(clock));
    interventions.add(intervention);
    changed.fire(new KampungKbDataChanged(kkb.id()));
    return intervention;
  }

  public Intervention update(long id, Long expectedVersion, Data data) {
    Intervention intervention = get(id);
    scopeGuard.checkWrite(intervention.kampungKb().village());
    StaleVersionException.check(expectedVersion, intervention.version(), "intervention " + id);
    intervention.change(details(data));
    interventions.flush();
    changed.fire(new KampungKbDataChanged(intervention.kampungKb().id()));
    return intervention;
  }

  @RolesAllowed(Role.Names.STAFF)
  public Intervention get(long id) {
    return scopeGuard.readable(interventions.find(id), i -> i.kampungKb().village(), ENTITY, id);
  }

  @RolesAllowed(Role.Names.STAFF)
  public Page<Intervention> search(InterventionSearch search) {
    return scopeGuard
        .visibleArea(search.region())
        .map(area -> interventions.search(search.withRegion(area.region())))
        .orElseGet(() -> new Page<>(List.of(), 0, search.page().page(), search.page().size()));
  }

  /** Inspects and stores a photo; a file that is not a JPEG or PNG image is refused. */
  public InterventionPhoto addPhoto(
      long id, PhotoStage stage, String caption, byte[] data, String contentType) {
    Intervention intervention = get(id);
    scopeGuard.checkWrite(intervention.kampungKb().village());
    if (stage == null) {
      throw new InvalidInputException("stage", "required", "say whether BEFORE or AFTER");
    }
    StoredFile file = files.store(UploadPolicy.photo("photo"), data, contentType);
    InterventionPhoto photo = intervention.addPhoto(stage, file, caption);
    interventions.flush();
    return photo;
  }

  @RolesAllowed(Role.Names.STAFF)
  public PhotoContent photoContent(long id, long photoId) {
    InterventionPhoto photo = photo(get(id), photoId);
    return new PhotoContent(photo, files.content(photo, "Photo", photoId));
  }

  public void removePhoto(long id, long photoId) {
    Intervention intervention = get(id);
    scopeGuard.checkWrite(intervention.kampungKb().village());
    InterventionPhoto photo = photo(intervention, photoId);
    intervention.removePhoto(photo);
    interventions.flush();
    files.remove(photo.file());
  }

  /** Shows the photo on the public portal, or takes it back; staff who may change it decide. */
  public InterventionPhoto publishPhoto(long id, long photoId, boolean shown) {
    Intervention intervention = get(id);
    scopeGuard.checkWrite(intervention.kampungKb().village());
    InterventionPhoto photo = photo(intervention, photoId);
    photo.publish(shown);
    interventions.flush();
    return photo;
  }

  /** A photo and its bytes, for download. */
  public record PhotoContent(InterventionPhoto photo, byte[] data) {}

  private static InterventionPhoto photo(Intervention intervention, long photoId) {
    return intervention
        .photo(photoId)
        .orElseThrow(() -> new EntityNotFoundException("Photo", String.valueOf(photoId)));
  }

  private Intervention.Details details(Data d) {
    checkNotFuture(d.date());
    Agency agency = null;
    if (d.agencyId() != null) {
      agency =
          agencies
              .find(d.agencyId())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "agencyId", "unknown-agency", "no agency " + d.agencyId()));
    }
    return new Intervention.Details(
        d.date(),
        d.title(),
        agency,
        d.familyFunction(),
        d.targetGroups(),
        d.description(),
        d.outcome());
  }

  private void checkNotFuture(LocalDate date) {
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("date", "not-in-future", "the date lies in the future");
    }
  }
}
