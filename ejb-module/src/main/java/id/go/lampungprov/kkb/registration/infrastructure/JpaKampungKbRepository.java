package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKbSearch;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaKampungKbRepository implements KampungKbRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<KampungKb> find(long id) {
    return Optional.ofNullable(em.find(KampungKb.class, id));
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
    RegionCode region =
        s.region().orElseThrow(() -> new IllegalArgumentException("a search needs a region"));
    StringBuilder where =
        new StringBuilder(" WHERE (k.villageCode = :region OR k.villageCode LIKE :below)");
    Map<String, Object> params = new HashMap<>();
    params.put("region", region.value());
    params.put("below", region.value() + ".%");
    if (!s.text().isEmpty()) {
      where.append(" AND LOWER(k.name) LIKE :text ESCAPE '!'");
      params.put(
          "text",
          "%"
              + s.text()
                  .toLowerCase(Locale.ROOT)
                  .replace("!", "!!")
                  .replace("%", "!%")
                  .replace("_", "!_")
              + "%");
    }
    s.status().ifPresent(v -> add(where, params, "k.status = :status", "status", v));
    s.model().ifPresent(v -> add(where, params, "k.modelStatus = :model", "model", v));
    s.declaredFrom().ifPresent(v -> add(where, params, "k.declarationDate >= :from", "from", v));
    s.declaredTo().ifPresent(v -> add(where, params, "k.declarationDate <= :to", "to", v));
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(k) FROM KampungKb k" + where, Long.class);
    TypedQuery<KampungKb> rows =
        em.createQuery(
            "SELECT k FROM KampungKb k" + where + " ORDER BY k.villageCode, k.id", KampungKb.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    List<KampungKb> content =
        rows.setFirstResult(s.page().offset()).setMaxResults(s.page().size()).getResultList();
    return new Page<>(content, count.getSingleResult(), s.page().page(), s.page().size());
  }

  private static void add(
      StringBuilder where,
      Map<String, Object> params,
      String condition,
      String name,
      Object value) {
    where.append(" AND ").append(condition);
    params.put(name, value);
  }

  @Override
  public List<RegistryStatistics.Fact> facts(RegionCode region) {
    return em
        .createQuery(
            "SELECT k.villageCode, k.declarationDate, k.modelStatus, k.inactiveSince FROM KampungKb k"
                + " WHERE k.villageCode = :region OR k.villageCode LIKE :below",
            Object[].class)
        .setParameter("region", region.value())
        .setParameter("below", region.value() + ".%")
        .getResultList()
        .stream()
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
    em.persist(kampungKb);
    em.flush();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
