package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.util.List;
import java.util.Optional;

public interface DecreeRepository {

  Optional<Decree> find(long id);

  Optional<Decree> findByNumber(RegionCode issuerRegion, String number);

  List<Decree> covering(KampungKb kampungKb);

  void add(Decree decree);

  void flush();
}
