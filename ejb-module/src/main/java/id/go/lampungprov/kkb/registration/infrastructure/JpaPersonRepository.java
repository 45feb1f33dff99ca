package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PersonRepository;
import id.go.lampungprov.kkb.registration.domain.PersonSearch;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPersonRepository extends JpaRepository implements PersonRepository {

  @Override
  public Optional<Person> find(long id) {
    return byId(Person.class, id);
  }

  @Override
  public Optional<Person> findByNikIndex(String index) {
    return em.createNamedQuery(Person.FIND_BY_NIK_INDEX, Person.class)
        .setParameter("index", index)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Person> search(PersonSearch s) {
    // The service narrowed the region to the caller's scope; none left means the whole country.
    String prefix = s.region().map(RegionCode::value).orElse("");
    PagedQuery<Person> q = PagedQuery.of(Person.class, "p").within("p.villageCode", prefix);
    if (!s.text().isEmpty()) {
      q.containsIgnoreCase("p.fullName", "text", s.text());
    }
    // A term is current while it has no end, as Term.isOpen says.
    s.pokjaRole()
        .ifPresent(
            role ->
                q.and(
                    "EXISTS (SELECT m FROM PokjaMember m WHERE m.person = p AND m.role = :role"
                        + " AND m.termEnd IS NULL)",
                    "role",
                    role));
    return q.page(em, "p.fullName, p.id", s.page());
  }

  @Override
  public List<Person> withNikNotUnderKey(String keyId, long afterId, int limit) {
    return em.createQuery(
            "SELECT p FROM Person p WHERE p.nikEncrypted IS NOT NULL"
                + " AND p.nikEncrypted NOT LIKE :prefix AND p.id > :after ORDER BY p.id",
            Person.class)
        .setParameter("prefix", "k" + keyId + ":%")
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countWithNikNotUnderKey(String keyId) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Person p WHERE p.nikEncrypted IS NOT NULL"
                + " AND p.nikEncrypted NOT LIKE :prefix",
            Long.class)
        .setParameter("prefix", "k" + keyId + ":%")
        .getSingleResult();
  }

  @Override
  public void add(Person person) {
    persistNow(person);
  }
}
