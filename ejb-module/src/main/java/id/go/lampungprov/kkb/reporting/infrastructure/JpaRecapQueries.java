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

@ApplicationScoped
public class JpaRecapQueries implements RecapQueries {

  @PersistenceContext private EntityManager em;

  @Override
  public Map<String, Long> villages(String area, int prefix) {
    return counts(
        em.createNativeQuery(
                "SELECT SUBSTRING(code, 1, "
                    + prefix
                    + "), COUNT(*) FROM region WHERE region_level = 'VILLAGE' AND code LIKE ?"
                    + " GROUP BY SUBSTRING(code, 1, "
                    + prefix
                    + ")")
            .setParameter(1, area + ".%")
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
            .setParameter(1, area + ".%")
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
            .setParameter(1, area + ".%")
            .setParameter(2, Timestamp.valueOf(from.atStartOfDay()))
            .setParameter(3, Timestamp.valueOf(toExclusive.atStartOfDay()))
            .getResultList();
    Map<String, long[]> result = new HashMap<>();
    for (Object[] row : rows) {
      result.put((String) row[0], new long[] {number(row[1]), row[2] == null ? 0 : number(row[2])});
    }
    return result;
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
