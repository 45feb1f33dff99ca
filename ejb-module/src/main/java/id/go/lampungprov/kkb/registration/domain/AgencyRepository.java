package id.go.lampungprov.kkb.registration.domain;

import java.util.List;
import java.util.Optional;

public interface AgencyRepository {

  Optional<Agency> find(long id);

  Optional<Agency> findByCode(String code);

  List<Agency> all();

  void add(Agency agency);

  void flush();
}
