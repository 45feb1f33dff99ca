package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.List;
import java.util.Optional;

public interface InterventionRepository {

  Optional<Intervention> find(long id);

  Page<Intervention> search(InterventionSearch search);

  List<Intervention> of(KampungKb kampungKb);

  void add(Intervention intervention);

  void flush();
}
