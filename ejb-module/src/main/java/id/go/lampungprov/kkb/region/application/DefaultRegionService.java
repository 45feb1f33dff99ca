package id.go.lampungprov.kkb.region.application;

import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionRepository;
import id.go.lampungprov.kkb.region.domain.RegionSearch;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The gazetteer is public reference data, so every caller may read it. */
@Stateless
@Local(RegionService.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultRegionService implements RegionService {

  @Inject private RegionRepository regions;

  @Override
  public Optional<Region> findRegion(RegionCode code) {
    return regions.find(code);
  }

  @Override
  public Region getRegion(RegionCode code) {
    return regions
        .find(code)
        .orElseThrow(() -> new EntityNotFoundException("Region", code.value()));
  }

  @Override
  public List<Region> getChildren(RegionCode parent) {
    getRegion(parent);
    return regions.children(parent);
  }

  @Override
  public List<Region> getChildren(Collection<RegionCode> parents) {
    return regions.children(parents);
  }

  @Override
  public List<Region> getProvinces() {
    return regions.provinces();
  }

  @Override
  public List<Region> findRegions(Collection<RegionCode> codes) {
    return codes.isEmpty() ? List.of() : regions.findAll(codes);
  }

  @Override
  public Page<Region> search(RegionSearch search) {
    return regions.search(search);
  }
}
