package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditRepository;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PersonRepository;
import id.go.lampungprov.kkb.registration.domain.PersonSearch;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Nik;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.infrastructure.NikCipher;
import id.go.lampungprov.kkb.security.infrastructure.NikKeys;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * People in the registry, with UU PDP rules: the NIK is validated, stored encrypted, shown masked;
 * reading it in full, exporting a person's data and erasing it are separate, audited operations.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class PersonService {

  static final String ENTITY = "Person";

  /** What staff type about a person; texts are parsed here so errors name their field. */
  public record PersonData(
      String villageCode, String fullName, Sex sex, String phone, String nik, String nip) {}

  /** Everything held about a person, for the right of access. */
  public record PersonExport(Person person, String nik, List<AuditEntry> history) {}

  @Inject private PersonRepository people;
  @Inject private ScopeGuard scopeGuard;
  @Inject private NikKeys nikKeys;
  @Inject private AuditTrail audit;
  @Inject private AuditRepository auditEntries;
  @EJB private RegionService regions;

  public Person register(PersonData data) {
    RegionCode village = RegionCode.parse("villageCode", data.villageCode());
    if (village.level() != RegionLevel.VILLAGE || regions.findRegion(village).isEmpty()) {
      throw new InvalidInputException(
          "villageCode", "unknown-region", "no village " + village + " is loaded");
    }
    scopeGuard.checkWrite(village);
    Person person =
        new Person(
            village, data.fullName(), data.sex(), data.phone(), nip(data.nip()), Instant.now());
    setNik(person, data.nik());
    people.add(person);
    return person;
  }

  public Person correct(long id, PersonData data) {
    Person person = get(id);
    scopeGuard.checkWrite(person.village());
    person.correct(data.fullName(), data.sex(), data.phone(), nip(data.nip()));
    if (data.nik() != null && !data.nik().isBlank()) {
      setNik(person, data.nik());
    }
    people.flush();
    return person;
  }

  @RolesAllowed(Role.Names.STAFF)
  public Person get(long id) {
    return scopeGuard.readable(people.find(id), Person::village, ENTITY, id);
  }

  /**
   * One page of the people living in the caller's scope (narrowed to the asked region): the people
   * {@link #get} would show one by one. A person who holds a position in a Kampung KB of the scope
   * but lives outside it is not listed, as {@link #get} does not show them either.
   */
  @RolesAllowed(Role.Names.STAFF)
  public Page<Person> search(PersonSearch search) {
    return scopeGuard
        .visibleArea(search.region())
        .map(area -> people.search(search.withRegion(area.region())))
        .orElseGet(() -> new Page<>(List.of(), 0, search.page().page(), search.page().size()));
  }

  /** The full NIK, for staff who must verify it; every call is audited. */
  public String revealNik(long id) {
    Person person = get(id);
    String nik =
        person
            .nikEncrypted()
            .map(nikKeys::decrypt)
            .orElseThrow(() -> new EntityNotFoundException("NIK of person", String.valueOf(id)));
    audit.append(
        AuditRecord.event(
                AuditAction.READ_PERSONAL_DATA, ENTITY, person.auditId(), "full NIK shown")
            .in(person.village()));
    return nik;
  }

  /** Right of access (UU PDP art. 7): all data held, including the full NIK; audited. */
  @RolesAllowed(Role.Names.ADMIN)
  public PersonExport export(long id) {
    Person person = get(id);
    String nik = person.nikEncrypted().map(nikKeys::decrypt).orElse(null);
    audit.append(
        AuditRecord.event(
                AuditAction.READ_PERSONAL_DATA, ENTITY, person.auditId(), "personal data export")
            .in(person.village()));
    return new PersonExport(person, nik, auditEntries.forEntity(ENTITY, person.auditId()));
  }

  /** Right to erasure: personal data removed, a tombstone kept so counts stay right. */
  @RolesAllowed(Role.Names.ADMIN)
  public Person erase(long id) {
    Person person = get(id);
    scopeGuard.checkWrite(person.village());
    person.erase();
    audit.append(
        AuditRecord.event(AuditAction.TRANSITION, ENTITY, person.auditId(), "personal data erased")
            .in(person.village()));
    people.flush();
    return person;
  }

  private void setNik(Person person, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    Nik nik = Nik.parse("nik", text, GazetteerIndex::isDistrict);
    NikCipher cipher = nikKeys.cipher();
    // Every configured key's index: during a key rotation a NIK may still be indexed by the old
    // one.
    for (String index : nikKeys.blindIndexes(nik)) {
      people
          .findByNikIndex(index)
          .filter(other -> !other.equals(person))
          .ifPresent(
              other -> {
                // Never say where (region, village, Kampung KB) or who: the other record may lie
                // outside the caller's scope, and the NIK alone must not reveal it.
                throw new ConflictException(
                    "nik",
                    "a person with this NIK is already registered; ask the province office to"
                        + " check it");
              });
    }
    person.protectNik(cipher.encrypt(nik), cipher.blindIndex(nik), nik.masked());
  }

  private static Nip nip(String text) {
    return text == null || text.isBlank() ? null : Nip.parse("nip", text);
  }
}
