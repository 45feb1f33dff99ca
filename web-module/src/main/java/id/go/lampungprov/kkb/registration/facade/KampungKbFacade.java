package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import id.go.lampungprov.kkb.registration.application.KampungKbService;
import id.go.lampungprov.kkb.registration.domain.FormationCriterion;
import id.go.lampungprov.kkb.registration.domain.GeoPoint;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbSearch;
import id.go.lampungprov.kkb.registration.domain.KampungKbStatus;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parses raw request values into domain values (naming the field on error) and answers DTOs. */
@ApplicationScoped
public class KampungKbFacade {

  @EJB private KampungKbService registry;
  @Inject private RegionFacade regions;

  /** Raw list filters from the query string. */
  public record Filter(
      String region,
      String q,
      String status,
      String model,
      String declaredFrom,
      String declaredTo) {}

  public KampungKbPageDto search(Filter f, Integer page, Integer size) {
    Page<KampungKb> result =
        registry.search(
            new KampungKbSearch(
                blank(f.region()).map(r -> RegionCode.parse("region", r)),
                f.q(),
                blank(f.status()).map(s -> parseEnum(KampungKbStatus.class, "status", s)),
                blank(f.model()).map(m -> parseEnum(ModelStatus.class, "model", m)),
                blank(f.declaredFrom()).map(d -> date("declaredFrom", d)),
                blank(f.declaredTo()).map(d -> date("declaredTo", d)),
                PageRequest.of(page, size)));
    return new KampungKbPageDto(
        dtos(result.content()), result.totalElements(), result.page(), result.size());
  }

  public KampungKbDto get(long id) {
    return dtos(List.of(registry.get(id))).get(0);
  }

  public KampungKbDto register(KampungKbRequest r) {
    if (r.villageCode == null || r.villageCode.isBlank()) {
      throw new InvalidInputException("villageCode", "required", "the village code is required");
    }
    KampungKb created =
        registry.register(
            RegionCode.parse("villageCode", r.villageCode.strip()),
            details(r),
            model(r.modelStatus));
    return dtos(List.of(created)).get(0);
  }

  public KampungKbDto update(long id, Long ifMatchVersion, KampungKbRequest r) {
    Long expected = ifMatchVersion != null ? ifMatchVersion : r.version;
    KampungKb updated = registry.update(id, expected, details(r), model(r.modelStatus));
    return dtos(List.of(updated)).get(0);
  }

  public KampungKbDto deactivate(long id, Long ifMatchVersion, DeactivationRequest r) {
    return dtos(List.of(registry.deactivate(id, ifMatchVersion, r.reason, date("since", r.since))))
        .get(0);
  }

  public RegistryStatisticsDto statistics(String region, String asOf) {
    LocalDate day =
        blank(asOf)
            .map(d -> date("asOf", d))
            .orElse(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
    KampungKbService.Statistics s =
        registry.statistics(blank(region).map(r -> RegionCode.parse("region", r)), day);
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

  private static KampungKb.Details details(KampungKbRequest r) {
    GeoPoint location = null;
    if (r.latitude != null || r.longitude != null) {
      if (r.latitude == null || r.longitude == null) {
        throw new InvalidInputException(
            r.latitude == null ? "latitude" : "longitude",
            "pair",
            "give both latitude and longitude, or neither");
      }
      location = new GeoPoint(r.latitude, r.longitude);
    }
    Set<FormationCriterion> criteria = EnumSet.noneOf(FormationCriterion.class);
    if (r.criteria != null) {
      for (String c : r.criteria) {
        criteria.add(parseEnum(FormationCriterion.class, "criteria", c));
      }
    }
    return new KampungKb.Details(
        r.name,
        r.rwCoverage,
        date("declarationDate", r.declarationDate),
        r.description,
        location,
        criteria);
  }

  private static ModelStatus model(String text) {
    return blank(text).map(m -> parseEnum(ModelStatus.class, "modelStatus", m)).orElse(null);
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
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "required", field + " is required (yyyy-mm-dd)");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "date", field + " must be a date yyyy-mm-dd");
    }
  }

  static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(
          field,
          "enum",
          field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static Optional<String> blank(String v) {
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
