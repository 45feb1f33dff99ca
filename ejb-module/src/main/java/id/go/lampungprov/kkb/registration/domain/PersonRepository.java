package id.go.lampungprov.kkb.registration.domain;

import java.util.Optional;

public interface PersonRepository {

  Optional<Person> find(long id);

  Optional<Person> findByNikIndex(String index);

  void add(Person person);

  void flush();
}
