package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.cache.VersionedAnswers;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import id.go.lampungprov.kkb.registration.application.KampungKbInput;
import id.go.lampungprov.kkb.registration.application.KampungKbService;
import id.go.lampungprov.kkb.registration.domain.GeoPoint;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbSearch;
import id.go.lampungprov.kkb.registration.domain.KampungKbStatus;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses raw request values into domain values (naming the field on error) and answers DTOs. */
@ApplicationScoped
public class KampungKbFacade {

  /** Larger pages are read afresh each time: kept pages stay small (see VersionedAnswers). */
  static final int MAX_KEPT_PAGE_SIZE = 50;

  @EJB private KampungKbService registry;
  @Inject private RegionFacade regions;
  @Inject private ScopeGuard scopeGuard;
  @Inject private VersionedAnswers answers;

  /** Raw list filters from the query string. */
  public record Filter(
      String region,
      String q,
      String status,
      String model,
      String declaredFrom,
      String declaredTo) {}

  public PageDto<KampungKbDto> search(Filter f, Integer page, Integer size) {
    return search(f, page, size, true);
  }

  /**
   * One page of the registry in the caller's visible area. The page is kept by the data's version
   * ({@link VersionedAnswers}) under the visible area and the filters, so the same page asked for
   * again while nothing has changed is answered without reading it again; the visible area is the
   * caller's scope check ({@link ScopeGuard#visibleArea}), done before anything kept is used.
   *
   * @param reuse false to read the page afresh (a client's {@code Cache-Control: no-cache})
   */
  public PageDto<KampungKbDto> search(Filter f, Integer page, Integer size, boolean reuse) {
    KampungKbSearch search =
        new KampungKbSearch(
            Filters.given(f.region()).map(r -> RegionCode.parse("region", r)),
            f.q(),
            Filters.given(f.status()).map(s -> parseEnum(KampungKbStatus.class, "status", s)),
            Filters.given(f.model()).map(m -> parseEnum(ModelStatus.class, "model", m)),
            Filters.given(f.declaredFrom()).map(d -> date("declaredFrom", d)),
            Filters.given(f.declaredTo()).map(d -> date("declaredTo", d)),
            PageRequest.of(page, size));
    Optional<Scope> area = scopeGuard.visibleArea(search.region());
    boolean keep = reuse && area.isPresent() && search.page().size() <= MAX_KEPT_PAGE_SIZE;
    KampungKbSearch key = area.map(a -> search.withRegion(a.region())).orElse(search);
    return answers.answer(
        "kampung-kb", key, keep, () -> PageDto.rows(registry.search(search), this::dtos));
  }

  public KampungKbDto get(long id) {
    return dtos(List.of(registry.get(id))).get(0);
  }

  public KampungKbDto register(KampungKbRequest r) {
    if (r.villageCode == null || r.villageCode.isBlank()) {
      throw new InvalidInputException("villageCode", "required", "the village code is required");
    }
    KampungKbInput in = input(r);
    return dtos(List.of(registry.register(in.village(), in.details(), in.model()))).get(0);
  }

  public KampungKbDto update(long id, Long ifMatchVersion, KampungKbRequest r) {
    Long expected = ifMatchVersion != null ? ifMatchVersion : r.version;
    KampungKbInput in = input(r);
    KampungKb updated = registry.update(id, expected, in.details(), in.model());
    return dtos(List.of(updated)).get(0);
  }

  public KampungKbDto deactivate(long id, Long ifMatchVersion, DeactivationRequest r) {
    return dtos(List.of(registry.deactivate(id, ifMatchVersion, r.reason, date("since", r.since))))
        .get(0);
  }

  public RegistryStatisticsDto statistics(String region, String asOf) {
    LocalDate day =
        Filters.given(asOf)
            .map(d -> date("asOf", d))
            .orElse(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
    KampungKbService.Statistics s =
        registry.statistics(Filters.given(region).map(r -> RegionCode.parse("region", r)), day);
    List<String> codes = new java.util.ArrayList<>(s.byRegency().keySet());
    if (!s.region().isEmpty()) {
      codes.add(s.region());
    }
    Map<String, RegionDto> names = regions.describeCodes(codes);
    java.util.function.Function<String, String> name =
        c -> names.containsKey(c) ? names.get(c).name() : null;
    return new RegistryStatisticsDto(
        s.region(),
        s.asOf(),
        area(s.total(), name.apply(s.region())),
        s.byRegency().values().stream().map(a -> area(a, name.apply(a.regionCode()))).toList());
  }

  private static RegistryStatisticsDto.AreaDto area(RegistryStatistics.AreaCounts a, String name) {
    Map<String, Long> byModel = new java.util.LinkedHashMap<>();
    a.byModel().forEach((m, n) -> byModel.put(m.name(), n));
    return new RegistryStatisticsDto.AreaDto(
        a.regionCode(),
        name,
        a.total(),
        a.byYear().stream()
            .map(y -> new RegistryStatisticsDto.YearDto(y.year(), y.declared(), y.cumulative()))
            .toList(),
        byModel);
  }

  private static KampungKbInput input(KampungKbRequest r) {
    return KampungKbInput.parse(
        r.villageCode,
        r.name,
        r.declarationDate,
        r.rwCoverage,
        r.description,
        r.latitude,
        r.longitude,
        r.criteria,
        r.modelStatus);
  }

  private List<KampungKbDto> dtos(List<KampungKb> list) {
    Map<String, RegionDto> villages =
        regions.describeCodes(list.stream().map(k -> k.village().value()).toList());
    return list.stream().map(k -> dto(k, villages.get(k.village().value()))).toList();
  }

  private static KampungKbDto dto(KampungKb k, RegionDto village) {
    return new KampungKbDto(
        k.id(),
        k.name(),
        k.village().value(),
        village,
        k.rwCoverage().orElse(null),
        k.declarationDate(),
        k.description().orElse(null),
        k.location().map(GeoPoint::latitude).orElse(null),
        k.location().map(GeoPoint::longitude).orElse(null),
        k.criteria().stream().map(Enum::name).sorted().toList(),
        k.meetsFormationCriteria(),
        k.modelStatus().name(),
        k.status().name(),
        k.inactiveReason().orElse(null),
        k.inactiveSince().orElse(null),
        k.version());
  }

  static LocalDate date(String field, String text) {
    return KampungKbInput.date(field, text);
  }

  static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
    return KampungKbInput.parseEnum(type, field, text);
  }
}
