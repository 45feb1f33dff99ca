package id.go.lampungprov.kkb.assessment.infrastructure;

import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.ClassificationRepository;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaClassificationRepository extends JpaRepository implements ClassificationRepository {

  @Override
  public Optional<Classification> current(KampungKb kampungKb) {
    return em.createQuery(
            "SELECT c FROM Classification c WHERE c.currentKey = :kkb", Classification.class)
        .setParameter("kkb", kampungKb.id())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Classification> history(KampungKb kampungKb) {
    return PagedQuery.of(Classification.class, "c")
        .and("c.kampungKb = :kkb", "kkb", kampungKb)
        .all(em, "c.computedAt DESC, c.id DESC");
  }

  @Override
  public List<Object[]> currentClasses(String regionCode) {
    return em.createQuery(
            "SELECT k.villageCode, c.kampungKbClass FROM KampungKb k LEFT JOIN Classification c"
                + " ON c.currentKey = k.id WHERE k.status = :active"
                // Fixed-width codes: the prefix alone is "this region or below", and indexable.
                + " AND k.villageCode LIKE :prefix",
            Object[].class)
        .setParameter("active", KampungKbStatus.ACTIVE)
        .setParameter("prefix", regionCode + "%")
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Object[]> currentPeriods(String regionCode) {
    // Grouped in the database: a handful of rows (regencies × months) for any number of Kampung KB.
    // Native, with the length written in: PostgreSQL groups by an expression only when the select
    // list has the same one, and bound parameters make two expressions of it.
    return em.createNativeQuery(
            "SELECT SUBSTRING(k.village_code, 1, 5), c.data_period, COUNT(*) FROM kampung_kb k"
                + " LEFT JOIN classification c ON c.current_key = k.id"
                + " WHERE k.status = ? AND k.village_code LIKE ?"
                + " GROUP BY SUBSTRING(k.village_code, 1, 5), c.data_period")
        .setParameter(1, KampungKbStatus.ACTIVE.name())
        .setParameter(2, regionCode + "%")
        .getResultList();
  }

  @Override
  public List<KampungKb> unclassified() {
    return em.createQuery(
            "SELECT k FROM KampungKb k WHERE k.status = :active AND NOT EXISTS"
                + " (SELECT c FROM Classification c WHERE c.currentKey = k.id)",
            KampungKb.class)
        .setParameter("active", KampungKbStatus.ACTIVE)
        .getResultList();
  }

  @Override
  public void add(Classification classification) {
    em.persist(classification);
  }
}
