package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbDataChanged;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.registration.domain.ProfileRepository;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Profile versions: a new one becomes active, the previous one stays as history. */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class ProfileService {

  @Inject private ProfileRepository profiles;
  @Inject private Event<KampungKbDataChanged> changed;
  @EJB private KampungKbService registry;

  public KampungKbProfile record(
      long kampungKbId, LocalDate validFrom, ProfileChecklist checklist) {
    KampungKb kkb = registry.writable(kampungKbId, null);
    if (validFrom == null || validFrom.isBefore(kkb.declarationDate())) {
      throw new InvalidInputException(
          "validFrom", "after-declaration", "validFrom must not be before the declaration date");
    }
    List<KampungKbProfile> history = profiles.of(kkb);
    history.stream()
        .filter(KampungKbProfile::active)
        .findFirst()
        .ifPresent(
            current -> {
              if (validFrom.isBefore(current.validFrom())) {
                throw new InvalidInputException(
                    "validFrom",
                    "after-current",
                    "a new version cannot start before the active one ("
                        + current.validFrom()
                        + ")");
              }
              current.supersede();
              profiles.flush();
            });
    KampungKbProfile created = new KampungKbProfile(kkb, validFrom, checklist, Instant.now());
    profiles.add(created);
    changed.fire(new KampungKbDataChanged(kkb.id()));
    return created;
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<KampungKbProfile> history(long kampungKbId) {
    return profiles.of(registry.get(kampungKbId));
  }

  @RolesAllowed(Role.Names.STAFF)
  public KampungKbProfile active(long kampungKbId) {
    return history(kampungKbId).stream()
        .filter(KampungKbProfile::active)
        .findFirst()
        .orElseThrow(
            () ->
                new EntityNotFoundException("Profile of Kampung KB", String.valueOf(kampungKbId)));
  }
}
