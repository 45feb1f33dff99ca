package id.go.lampungprov.kkb.region.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionRepository;
import id.go.lampungprov.kkb.region.domain.RegionSearch;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Cache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaRegionRepository extends JpaRepository implements RegionRepository {

  @Inject private RegionNameIndex index;

  @Override
  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(em.find(Region.class, code.value()));
  }

  @Override
  public List<Region> children(RegionCode parent) {
    return em.createNamedQuery(Region.FIND_CHILDREN, Region.class)
        .setParameter("parent", parent.value())
        .getResultList();
  }

  @Override
  public List<Region> children(Collection<RegionCode> parents) {
    if (parents.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(Region.FIND_CHILDREN_OF, Region.class)
        .setParameter("parents", parents.stream().map(RegionCode::value).distinct().toList())
        .getResultList();
  }

  @Override
  public List<Region> provinces() {
    return em.createNamedQuery(Region.FIND_PROVINCES, Region.class).getResultList();
  }

  @Override
  /**
   * Regions are only ever added (a province's gazetteer loads once), so those already in the shared
   * cache come from there; one query fetches the rest. Every list of Kampung KB, events or regions
   * describes its rows' villages and their ancestors through here.
   */
  public List<Region> findAll(Collection<RegionCode> codes) {
    Cache shared = em.getEntityManagerFactory().getCache();
    List<Region> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String code : codes.stream().map(RegionCode::value).distinct().toList()) {
      Region cached = shared.contains(Region.class, code) ? em.find(Region.class, code) : null;
      if (cached != null) {
        found.add(cached);
      } else {
        missing.add(code);
      }
    }
    if (!missing.isEmpty()) {
      found.addAll(
          em.createNamedQuery(Region.FIND_BY_CODES, Region.class)
              .setParameter("codes", missing)
              .getResultList());
    }
    return found;
  }

  @Override
  public Page<Region> search(RegionSearch search) {
    RegionNames.Found found =
        index.search(
            search.text(),
            search.within().map(RegionCode::value),
            search.level(),
            (long) search.page().page() * search.page().size(),
            search.page().size());
    Map<String, Region> byCode =
        findAll(found.codes().stream().map(RegionCode::of).toList()).stream()
            .collect(Collectors.toMap(r -> r.code().value(), r -> r));
    List<Region> content = found.codes().stream().map(byCode::get).filter(r -> r != null).toList();
    return new Page<>(content, found.total(), search.page().page(), search.page().size());
  }
}
