package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.PersonService;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PersonSearch;
import id.go.lampungprov.kkb.registration.domain.PokjaRole;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class PersonFacade {

  @EJB private PersonService people;

  /** The person list's filters, as its query parameters name them. */
  public record Filter(String region, String q, String pokjaRole) {

    /** The filters' query parameters, in the order export file names show them. */
    public static final List<String> NAMES = List.of("region", "q", "pokjaRole");

    /** The filters from named values (an export's). */
    public static Filter of(Map<String, String> f) {
      return new Filter(f.get("region"), f.get("q"), f.get("pokjaRole"));
    }
  }

  /** One page of the people living in the caller's scope, by name; NIKs masked. */
  public PageDto<PersonDto> search(Filter f, Integer page, Integer size) {
    return PageDto.of(
        people.search(
            new PersonSearch(
                Filters.given(f.region()).map(v -> RegionCode.parse("region", v)),
                f.q(),
                Filters.given(f.pokjaRole())
                    .map(v -> KampungKbFacade.parseEnum(PokjaRole.class, "pokjaRole", v)),
                PageRequest.of(page, size))),
        PersonFacade::dto);
  }

  public PersonDto register(PersonRequest r) {
    return dto(people.register(data(r)));
  }

  public PersonDto correct(long id, PersonRequest r) {
    return dto(people.correct(id, data(r)));
  }

  public PersonDto get(long id) {
    return dto(people.get(id));
  }

  public Map<String, String> revealNik(long id) {
    return Map.of("nik", people.revealNik(id));
  }

  /** Everything held about the person, as a JSON document for the data subject. */
  public Map<String, Object> export(long id) {
    PersonService.PersonExport export = people.export(id);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("person", dto(export.person()));
    doc.put("nik", export.nik());
    List<Map<String, Object>> history =
        export.history().stream().map(PersonFacade::historyEntry).toList();
    doc.put("history", history);
    return doc;
  }

  public PersonDto erase(long id) {
    return dto(people.erase(id));
  }

  private static Map<String, Object> historyEntry(AuditEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("occurredAt", e.occurredAt().toString());
    m.put("actor", e.actor());
    m.put("action", e.action().name());
    m.put("detail", e.detail());
    return m;
  }

  private static PersonService.PersonData data(PersonRequest r) {
    return new PersonService.PersonData(
        r.villageCode,
        r.fullName,
        KampungKbFacade.parseEnum(Sex.class, "sex", r.sex),
        r.phone,
        r.nik,
        r.nip);
  }

  static PersonDto dto(Person p) {
    return new PersonDto(
        p.id(),
        p.fullName(),
        p.sex().name(),
        p.phone().orElse(null),
        p.nikMasked().orElse(null),
        p.nip().map(Nip::value).orElse(null),
        p.village().value(),
        p.erased(),
        p.version());
  }
}
