package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PersonRepository;
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
