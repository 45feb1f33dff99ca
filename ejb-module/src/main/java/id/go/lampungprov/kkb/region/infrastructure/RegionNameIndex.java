package id.go.lampungprov.kkb.region.infrastructure;

import id.go.lampungprov.kkb.region.domain.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The region names of {@link RegionNames}, read once and again whenever the set of loaded provinces
 * changed. Regions are only ever added, a whole province at a time, and each load writes its row in
 * {@code region_dataset}: comparing that small table's count and sum tells whether the index is
 * current. It is compared at most every {@link #RECHECK_MILLIS}, so a province loaded on another
 * instance shows in this one's search within ten seconds.
 */
@ApplicationScoped
class RegionNameIndex {

  static final long RECHECK_MILLIS = 10_000;

  private record Snapshot(RegionNames names, String version, long checkedAt) {}

  @PersistenceContext private EntityManager em;

  private volatile Snapshot current;

  RegionNames names() {
    Snapshot s = current;
    long now = System.currentTimeMillis();
    if (s != null && now - s.checkedAt() < RECHECK_MILLIS) {
      return s.names();
    }
    synchronized (this) {
      s = current;
      if (s != null && now - s.checkedAt() < RECHECK_MILLIS) {
        return s.names();
      }
      String version = version();
      RegionNames names = s != null && s.version().equals(version) ? s.names() : load();
      current = new Snapshot(names, version, now);
      return names;
    }
  }

  RegionNames.Found search(
      String text, Optional<String> within, Optional<RegionLevel> level, long offset, int size) {
    return names().search(text, within, level, offset, size);
  }

  private String version() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), COALESCE(SUM(region_count), 0) FROM region_dataset")
                .getSingleResult();
    return row[0] + "/" + row[1];
  }

  private RegionNames load() {
    List<Object[]> rows =
        em.createQuery("SELECT r.code, r.name, r.level FROM Region r", Object[].class)
            .getResultList();
    return new RegionNames(rows);
  }
}
