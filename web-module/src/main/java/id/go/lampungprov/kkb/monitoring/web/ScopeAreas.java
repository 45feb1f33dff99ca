package id.go.lampungprov.kkb.monitoring.web;

import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The areas a table of the reporting pages may be asked for: the user's scope and one level below.
 */
@ApplicationScoped
public class ScopeAreas {

  @Inject private RegionFacade regions;

  public List<RegionDto> of(String scope) {
    List<RegionDto> areas = new ArrayList<>();
    if ("ID".equals(scope)) {
      areas.add(new RegionDto("ID", "Indonesia", "COUNTRY", null, null, List.of()));
      areas.addAll(regions.provinces());
    } else {
      areas.add(regions.get(scope));
      if (scope.length() < 13) {
        areas.addAll(regions.children(scope));
      }
    }
    return areas;
  }
}
