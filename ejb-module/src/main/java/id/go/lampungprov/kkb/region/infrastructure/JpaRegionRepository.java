package id.go.lampungprov.kkb.region.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionRepository;
import id.go.lampungprov.kkb.region.domain.RegionSearch;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRegionRepository extends JpaRepository implements RegionRepository {

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
  public List<Region> findAll(Collection<RegionCode> codes) {
    return em.createNamedQuery(Region.FIND_BY_CODES, Region.class)
        .setParameter("codes", codes.stream().map(RegionCode::value).distinct().toList())
        .getResultList();
  }

  @Override
  public Page<Region> search(RegionSearch search) {
    PagedQuery<Region> query = PagedQuery.of(Region.class, "r");
    if (!search.text().isEmpty()) {
      query.containsIgnoreCase("r.name", "text", search.text());
    }
    search.within().ifPresent(w -> query.and("r.code LIKE :within", "within", w.value() + ".%"));
    search.level().ifPresent(l -> query.and("r.level = :level", "level", l));
    return query.page(em, "r.code", search.page());
  }
}
