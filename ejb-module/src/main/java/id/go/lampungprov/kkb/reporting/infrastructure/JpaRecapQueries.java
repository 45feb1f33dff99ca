package id.go.lampungprov.kkb.reporting.infrastructure;

import id.go.lampungprov.kkb.reporting.domain.RecapQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class JpaRecapQueries implements RecapQueries {

  @PersistenceContext private EntityManager em;

  /**
   * Village counts by area and prefix. The gazetteer changes only while the application starts
   * (migrations, {@code GazetteerLoader}), before any recap, so a count never goes stale; counting
   * the villages was the dearest query of the Lampung recap (a range of 2,651 rows).
   */
  private final Map<String, Map<String, Long>> villageCounts = new ConcurrentHashMap<>();

  @Override
  public Map<String, Long> villages(String area, int prefix) {
    String key = area + ":" + prefix;
    Map<String, Long> known = villageCounts.get(key);
    if (known == null) {
      known = Map.copyOf(countVillages(area, prefix));
      villageCounts.putIfAbsent(key, known);
    }
    return known;
  }

  private Map<String, Long> countVillages(String area, int prefix) {
    return counts(
        em.createNativeQuery(
                "SELECT SUBSTRING(code, 1, "
                    + prefix
                    + "), COUNT(*) FROM region WHERE region_level = 'VILLAGE' AND code LIKE ?"
                    + " GROUP BY SUBSTRING(code, 1, "
                    + prefix
                    + ")")
            .setParameter(1, below(area))
            .getResultList());
  }

  @Override
  public Map<String, Long> coeDesignations(String area, int prefix, LocalDate day) {
    return counts(
        em.createNativeQuery(
                "SELECT SUBSTRING(k.village_code, 1, "
                    + prefix
                    + "), COUNT(*) FROM coe_designation d JOIN kampung_kb k"
                    + " ON k.id = d.kampung_kb_id WHERE k.village_code LIKE ?"
                    + " AND d.valid_from <= ? AND d.valid_until >= ?"
                    + " GROUP BY SUBSTRING(k.village_code, 1, "
                    + prefix
                    + ")")
            .setParameter(1, below(area))
            .setParameter(2, Date.valueOf(day))
            .setParameter(3, Date.valueOf(day))
            .getResultList());
  }

  @Override
  public Map<String, long[]> eventsAndParticipants(
      String area, int prefix, LocalDate from, LocalDate toExclusive) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT SUBSTRING(e.venue_village, 1, "
                    + prefix
                    + "), COUNT(DISTINCT e.id),"
                    + " SUM(CASE WHEN p.attendance = 'PRESENT' THEN 1 ELSE 0 END)"
                    + " FROM coaching_event e LEFT JOIN participant p ON p.event_id = e.id"
                    + " WHERE e.venue_village LIKE ? AND e.status IN ('HELD', 'REPORTED')"
                    + " AND e.starts_at >= ? AND e.starts_at < ?"
                    + " GROUP BY SUBSTRING(e.venue_village, 1, "
                    + prefix
                    + ")")
            .setParameter(1, below(area))
            .setParameter(2, Timestamp.valueOf(from.atStartOfDay()))
            .setParameter(3, Timestamp.valueOf(toExclusive.atStartOfDay()))
            .getResultList();
    Map<String, long[]> result = new HashMap<>();
    for (Object[] row : rows) {
      result.put((String) row[0], new long[] {number(row[1]), row[2] == null ? 0 : number(row[2])});
    }
    return result;
  }

  /** The LIKE pattern of every code below the area; all codes for the country. */
  static String below(String area) {
    return area.isEmpty() ? "%" : area + ".%";
  }

  private static Map<String, Long> counts(List<?> rows) {
    Map<String, Long> result = new HashMap<>();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      result.put((String) row[0], number(row[1]));
    }
    return result;
  }

  private static long number(Object o) {
    return ((Number) o).longValue();
  }
}
