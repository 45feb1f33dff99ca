package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.List;
import java.util.Optional;

public interface PersonRepository {

  Optional<Person> find(long id);

  Optional<Person> findByNikIndex(String index);

  /**
   * One page of the people living in the search's region (the whole country when it has none), by
   * name.
   */
  Page<Person> search(PersonSearch search);

  /**
   * Up to {@code limit} people, by id after {@code afterId}, whose stored NIK is not sealed with
   * the key named {@code keyId}: what a key rotation still has to move.
   */
  List<Person> withNikNotUnderKey(String keyId, long afterId, int limit);

  long countWithNikNotUnderKey(String keyId);

  void add(Person person);

  void flush();
}
