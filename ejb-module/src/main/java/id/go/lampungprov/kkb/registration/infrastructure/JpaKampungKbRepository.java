package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKbSearch;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaKampungKbRepository extends JpaRepository implements KampungKbRepository {

  @Override
  public Optional<KampungKb> find(long id) {
    return byId(KampungKb.class, id);
  }

  @Override
  public Optional<KampungKb> findActiveInVillage(RegionCode village) {
    return single(KampungKb.FIND_ACTIVE_IN_VILLAGE, "village", village.value());
  }

  @Override
  public Optional<KampungKb> findRegencyModel(RegionCode regency) {
    return single(KampungKb.FIND_REGENCY_MODEL, "regency", regency.value());
  }

  @Override
  public Optional<KampungKb> findProvinceModel(String provinceCode) {
    return single(KampungKb.FIND_PROVINCE_MODEL, "province", provinceCode);
  }

  private Optional<KampungKb> single(String query, String param, String value) {
    return em.createNamedQuery(query, KampungKb.class)
        .setParameter(param, value)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<KampungKb> search(KampungKbSearch s) {
    // The service narrowed the region to the caller's scope; none left means the whole country
    // (a national caller), which the empty prefix matches.
    String prefix = s.region().map(RegionCode::value).orElse("");
    PagedQuery<KampungKb> q =
        PagedQuery.of(KampungKb.class, "k").within("k.villageCode", prefix).batch("criteria");
    if (!s.text().isEmpty()) {
      q.containsIgnoreCase("k.name", "text", s.text());
    }
    s.status().ifPresent(v -> q.and("k.status = :status", "status", v));
    s.model().ifPresent(v -> q.and("k.modelStatus = :model", "model", v));
    s.declaredFrom().ifPresent(v -> q.and("k.declarationDate >= :from", "from", v));
    s.declaredTo().ifPresent(v -> q.and("k.declarationDate <= :to", "to", v));
    return q.page(em, "k.villageCode, k.id", s.page());
  }

  @Override
  public List<RegistryStatistics.Fact> facts(RegionCode region) {
    return facts(
        em.createQuery(FACTS + " WHERE k.villageCode LIKE :prefix", Object[].class)
            .setParameter("prefix", region.value() + "%")
            .getResultList());
  }

  @Override
  public List<RegistryStatistics.Fact> allFacts() {
    return facts(em.createQuery(FACTS, Object[].class).getResultList());
  }

  private static final String FACTS =
      "SELECT k.villageCode, k.declarationDate, k.modelStatus, k.inactiveSince FROM KampungKb k";

  private static List<RegistryStatistics.Fact> facts(List<Object[]> rows) {
    return rows.stream()
        .map(
            row ->
                new RegistryStatistics.Fact(
                    RegionCode.of((String) row[0]),
                    (java.time.LocalDate) row[1],
                    (id.go.lampungprov.kkb.registration.domain.ModelStatus) row[2],
                    (java.time.LocalDate) row[3]))
        .toList();
  }

  @Override
  public java.util.Map<String, KampungKb> activeInVillages(
      java.util.Collection<String> villageCodes) {
    java.util.Map<String, KampungKb> found = new java.util.HashMap<>();
    List<String> all = List.copyOf(villageCodes);
    for (int from = 0; from < all.size(); from += 1000) {
      em.createQuery(
              "SELECT k FROM KampungKb k WHERE k.activeVillageKey IN :codes", KampungKb.class)
          .setParameter("codes", all.subList(from, Math.min(all.size(), from + 1000)))
          .getResultList()
          .forEach(k -> found.put(k.village().value(), k));
    }
    return found;
  }

  @Override
  public java.util.Set<String> activeVillagesAmong(java.util.Collection<String> villageCodes) {
    java.util.Set<String> found = new java.util.HashSet<>();
    List<String> all = List.copyOf(villageCodes);
    // Chunks keep the IN list within every database's parameter limit.
    for (int from = 0; from < all.size(); from += 1000) {
      found.addAll(
          em.createQuery(
                  "SELECT k.activeVillageKey FROM KampungKb k WHERE k.activeVillageKey IN :codes",
                  String.class)
              .setParameter("codes", all.subList(from, Math.min(all.size(), from + 1000)))
              .getResultList());
    }
    return found;
  }

  @Override
  public java.util.Set<String> takenModelKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    keys.addAll(
        em.createQuery(
                "SELECT k.regencyModelKey FROM KampungKb k WHERE k.regencyModelKey IS NOT NULL",
                String.class)
            .getResultList());
    keys.addAll(
        em.createQuery(
                "SELECT k.provinceModelKey FROM KampungKb k WHERE k.provinceModelKey IS NOT NULL",
                String.class)
            .getResultList());
    return keys;
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(k) FROM KampungKb k", Long.class).getSingleResult();
  }

  @Override
  public void add(KampungKb kampungKb) {
    persistNow(kampungKb);
  }
}
