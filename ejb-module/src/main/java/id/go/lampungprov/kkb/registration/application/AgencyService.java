package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyLevel;
import id.go.lampungprov.kkb.registration.domain.AgencyRepository;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The maintained list of agencies that run interventions and organise events. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AgencyService {

  private static final String ENTITY = "Agency";

  @Inject private AgencyRepository agencies;

  @RolesAllowed(Role.Names.STAFF)
  public List<Agency> list(boolean includeRetired) {
    return agencies.all().stream().filter(a -> includeRetired || a.active()).toList();
  }

  @RolesAllowed(Role.Names.STAFF)
  public Agency get(long id) {
    return agencies
        .find(id)
        .orElseThrow(() -> new EntityNotFoundException(ENTITY, String.valueOf(id)));
  }

  public Agency add(String code, String name, AgencyLevel level) {
    if (code != null && agencies.findByCode(code).isPresent()) {
      throw new ConflictException("code", "an agency with code " + code + " exists");
    }
    Agency agency = new Agency(code, name, level);
    agencies.add(agency);
    return agency;
  }

  public Agency update(
      long id, Long expectedVersion, String name, AgencyLevel level, boolean active) {
    Agency agency = get(id);
    StaleVersionException.check(expectedVersion, agency.version(), "agency " + id);
    agency.rename(name, level);
    agency.setActive(active);
    agencies.flush();
    return agency;
  }
}
