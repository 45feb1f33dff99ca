package id.go.lampungprov.kkb.region.facade;

import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.region.domain.RegionSearch;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses raw request values into domain types and answers with DTOs. */
@ApplicationScoped
public class RegionFacade {

  @EJB private RegionService regions;

  public RegionDto get(String code) {
    Region region = regions.getRegion(RegionCode.parse("code", code));
    return describe(List.of(region)).get(0);
  }

  public List<RegionDto> children(String code) {
    return describe(regions.getChildren(RegionCode.parse("code", code)));
  }

  /** Every province loaded. */
  public List<RegionDto> provinces() {
    return describe(regions.getProvinces());
  }

  /** The regencies of every province loaded (two queries): what a national account picks from. */
  public List<RegionDto> regenciesOfAllProvinces() {
    return describe(
        regions.getChildren(regions.getProvinces().stream().map(Region::code).toList()));
  }

  public PageDto<RegionDto> search(
      String q, String within, String level, Integer page, Integer size) {
    RegionSearch search =
        new RegionSearch(
            q,
            Filters.given(within).map(w -> RegionCode.parse("within", w)),
            Filters.given(level).map(RegionFacade::level),
            PageRequest.of(page, size));
    Page<Region> result = regions.search(search);
    return PageDto.rows(result, this::describe);
  }

  /**
   * The regions with these codes, described with their ancestors, keyed by code: the ancestors'
   * codes follow from the codes themselves, so one look-up fetches both. Codes of no region (the
   * national scope's {@code ID}) are left out.
   */
  public Map<String, RegionDto> describeCodes(Collection<String> codes) {
    List<RegionCode> wanted =
        codes.stream().distinct().filter(RegionCode::isWellFormed).map(RegionCode::of).toList();
    Set<RegionCode> all = new HashSet<>(wanted);
    wanted.forEach(c -> all.addAll(c.ancestors()));
    Map<RegionCode, Region> known = byCode(regions.findRegions(all));
    return wanted.stream()
        .map(known::get)
        .filter(r -> r != null)
        .map(r -> dto(r, known))
        .collect(Collectors.toMap(RegionDto::code, Function.identity()));
  }

  /** Adds the ancestors of all regions with one look-up. */
  private List<RegionDto> describe(List<Region> found) {
    Collection<RegionCode> ancestorCodes =
        found.stream().flatMap(r -> r.code().ancestors().stream()).collect(Collectors.toSet());
    Map<RegionCode, Region> ancestors = byCode(regions.findRegions(ancestorCodes));
    return found.stream().map(r -> dto(r, ancestors)).toList();
  }

  private static Map<RegionCode, Region> byCode(List<Region> regions) {
    return regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
  }

  private static RegionDto dto(Region r, Map<RegionCode, Region> ancestors) {
    return new RegionDto(
        r.code().value(),
        r.name(),
        r.level().name(),
        r.parentCode().map(RegionCode::value).orElse(null),
        r.villageType().map(Enum::name).orElse(null),
        r.code().ancestors().stream()
            .map(ancestors::get)
            .filter(a -> a != null)
            .map(a -> new RegionDto.RegionRef(a.code().value(), a.name(), a.level().name()))
            .toList());
  }

  private static RegionLevel level(String value) {
    try {
      return RegionLevel.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "level", "enum", "level must be one of PROVINCE, REGENCY, DISTRICT, VILLAGE");
    }
  }
}
