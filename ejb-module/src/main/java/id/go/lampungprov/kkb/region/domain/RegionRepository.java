package id.go.lampungprov.kkb.region.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to the loaded gazetteer. */
public interface RegionRepository {

  Optional<Region> find(RegionCode code);

  List<Region> children(RegionCode parent);

  /** The children of all these regions, ordered by code; few parents (one IN list). */
  List<Region> children(Collection<RegionCode> parents);

  /** The provinces loaded, ordered by code. */
  List<Region> provinces();

  List<Region> findAll(Collection<RegionCode> codes);

  Page<Region> search(RegionSearch search);
}
