package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKbSearch;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry's use cases. Writes by regency operators and province officers, reads by all. */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class KampungKbService {

  static final String ENTITY = "KampungKb";
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Inject private KampungKbRepository registry;
  @Inject private ScopeGuard scopeGuard;
  @EJB private RegionService regions;

  private final Clock clock = Clock.system(JAKARTA);

  public KampungKb register(RegionCode village, KampungKb.Details details, ModelStatus model) {
    checkVillage(village);
    checkNotFuture("declarationDate", details.declarationDate());
    registry
        .findActiveInVillage(village)
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "villageCode",
                  "village "
                      + village
                      + " already has an active Kampung KB (id "
                      + other.id()
                      + ")");
            });
    KampungKb created = new KampungKb(village, details, model, Instant.now(clock));
    checkModelFree(created, model);
    registry.add(created);
    return created;
  }

  /**
   * Replaces what staff may correct. The village is fixed: a different village is a different
   * Kampung KB.
   *
   * @param expectedVersion from If-Match or the request; null skips the check
   */
  public KampungKb update(
      long id, Long expectedVersion, KampungKb.Details details, ModelStatus model) {
    KampungKb kkb = writable(id, expectedVersion);
    checkNotFuture("declarationDate", details.declarationDate());
    kkb.describe(details);
    if (model != null && model != kkb.modelStatus()) {
      checkModelFree(kkb, model);
      kkb.changeModelStatus(model);
    }
    registry.flush();
    return kkb;
  }

  public KampungKb deactivate(long id, Long expectedVersion, String reason, LocalDate since) {
    KampungKb kkb = writable(id, expectedVersion);
    checkNotFuture("since", since);
    kkb.deactivate(reason, since);
    registry.flush();
    return kkb;
  }

  /**
   * The Kampung KB for a change (its own, its Pokja's, profile's, figures'): in the caller's scope
   * for writing and, if a version is given, unchanged since it was read.
   */
  public KampungKb writable(long id, Long expectedVersion) {
    KampungKb kkb = get(id);
    scopeGuard.checkWrite(kkb.village());
    StaleVersionException.checkAt(expectedVersion, kkb.version(), "Kampung KB " + kkb.id());
    return kkb;
  }

  @RolesAllowed(Role.Names.STAFF)
  public KampungKb get(long id) {
    return scopeGuard.readable(registry.find(id), KampungKb::village, ENTITY, id);
  }

  @RolesAllowed(Role.Names.STAFF)
  public Page<KampungKb> search(KampungKbSearch search) {
    return scopeGuard
        .visibleArea(search.region())
        .map(area -> registry.search(search.withRegion(area.region())))
        .orElseGet(() -> new Page<>(List.of(), 0, search.page().page(), search.page().size()));
  }

  /** Counts per year, per regency and per model status, derived from registration dates. */
  @RolesAllowed(Role.Names.STAFF)
  public Statistics statistics(Optional<RegionCode> region, LocalDate asOf) {
    Scope area = scopeGuard.visibleArea(region).orElse(null);
    // The national area has no region: every Kampung KB, as the national recap reads them.
    List<RegistryStatistics.Fact> facts =
        area == null ? List.of() : area.region().map(registry::facts).orElseGet(registry::allFacts);
    String code = area == null ? region.map(RegionCode::value).orElse("") : area.code();
    return new Statistics(
        code,
        asOf,
        RegistryStatistics.count(code, facts, asOf),
        RegistryStatistics.byRegency(facts, asOf));
  }

  /** The statistics of one area and of each regency in it. */
  public record Statistics(
      String region,
      LocalDate asOf,
      RegistryStatistics.AreaCounts total,
      Map<String, RegistryStatistics.AreaCounts> byRegency) {}

  private void checkVillage(RegionCode village) {
    if (regions.findRegion(village).isEmpty()) {
      throw new InvalidInputException(
          "villageCode", "unknown-region", "no village " + village + " is loaded");
    }
    scopeGuard.checkWrite(village);
  }

  private void checkNotFuture(String field, LocalDate date) {
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException(field, "not-in-future", field + " lies in the future");
    }
  }

  private void checkModelFree(KampungKb kkb, ModelStatus model) {
    if (model == ModelStatus.REGENCY_MODEL) {
      RegionCode regency = kkb.village().ancestors().get(1);
      registry
          .findRegencyModel(regency)
          .filter(other -> !other.equals(kkb))
          .ifPresent(
              other -> {
                throw new ConflictException(
                    "modelStatus",
                    "regency "
                        + regency
                        + " already has an active model Kampung KB (id "
                        + other.id()
                        + ")");
              });
    }
    if (model == ModelStatus.PROVINCE_MODEL) {
      registry
          .findProvinceModel(kkb.village().provinceCode())
          .filter(other -> !other.equals(kkb))
          .ifPresent(
              other -> {
                throw new ConflictException(
                    "modelStatus",
                    "the province already has an active model Kampung KB (id " + other.id() + ")");
              });
    }
  }
}
