package id.go.lampungprov.kkb.region.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to the loaded gazetteer. */
public interface RegionRepository {

  Optional<Region> find(RegionCode code);

  List<Region> children(RegionCode parent);

  List<Region> findAll(Collection<RegionCode> codes);

  Page<Region> search(RegionSearch search);
}
