package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.CadreType;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbPosition;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.PokjaRole;
import id.go.lampungprov.kkb.registration.domain.PositionRepository;
import id.go.lampungprov.kkb.registration.domain.Term;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The people of a Kampung KB: its Pokja (one chair, secretary and treasurer at a time; a person may
 * hold several positions) and its cadres.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class PokjaService {

  @Inject private PositionRepository positions;
  @EJB private KampungKbService registry;
  @EJB private PersonService people;

  public PokjaMember addMember(
      long kampungKbId, long personId, PokjaRole role, Term term, boolean trained) {
    KampungKb kkb = registry.writable(kampungKbId, null);
    Person person = person(personId);
    if (role == null) {
      throw new InvalidInputException("role", "required", "a Pokja role is required");
    }
    for (PokjaMember other : positions.pokja(kkb)) {
      if (!other.term().overlaps(term)) {
        continue;
      }
      if (other.role() == role && other.person().equals(person)) {
        throw new ConflictException(
            "personId", "this person already holds this position in that term");
      }
      if (role.singleHolder() && other.role() == role) {
        throw new ConflictException(
            "role",
            "the Pokja already has a " + role + " in that term (member " + other.id() + ")");
      }
    }
    PokjaMember member = new PokjaMember(kkb, person, role, term, trained);
    positions.add(member);
    return member;
  }

  public PokjaMember endMember(long memberId, LocalDate end) {
    return end(positions.findMember(memberId), "PokjaMember", memberId, end);
  }

  public Cadre endCadre(long cadreId, LocalDate end) {
    return end(positions.findCadre(cadreId), "Cadre", cadreId, end);
  }

  /** Ends a member's or cadre's term, if their Kampung KB is within the caller's scope. */
  private <T extends KampungKbPosition> T end(
      Optional<T> found, String entity, long id, LocalDate end) {
    T position = found.orElseThrow(() -> new EntityNotFoundException(entity, String.valueOf(id)));
    registry.writable(position.kampungKb().id(), null);
    position.end(end);
    positions.flush();
    return position;
  }

  public Cadre addCadre(long kampungKbId, long personId, CadreType type, Term term) {
    KampungKb kkb = registry.writable(kampungKbId, null);
    Person person = person(personId);
    if (type == null) {
      throw new InvalidInputException("type", "required", "a cadre type is required");
    }
    boolean twice =
        positions.cadres(kkb).stream()
            .anyMatch(
                c -> c.type() == type && c.person().equals(person) && c.term().overlaps(term));
    if (twice) {
      throw new ConflictException(
          "personId", "this person is already this kind of cadre in that term");
    }
    Cadre cadre = new Cadre(kkb, person, type, term);
    positions.add(cadre);
    return cadre;
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<PokjaMember> pokja(long kampungKbId) {
    return positions.pokja(registry.get(kampungKbId));
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<Cadre> cadres(long kampungKbId) {
    return positions.cadres(registry.get(kampungKbId));
  }

  private Person person(long personId) {
    Person person = people.get(personId);
    if (person.erased()) {
      throw new InvalidInputException("personId", "erased", "this person's data has been erased");
    }
    return person;
  }
}
