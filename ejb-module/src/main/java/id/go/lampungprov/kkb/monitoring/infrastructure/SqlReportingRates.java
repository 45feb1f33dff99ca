package id.go.lampungprov.kkb.monitoring.infrastructure;

import id.go.lampungprov.kkb.monitoring.domain.MissingReport;
import id.go.lampungprov.kkb.monitoring.domain.MissingReport.Responsible;
import id.go.lampungprov.kkb.monitoring.domain.ReportingRate;
import id.go.lampungprov.kkb.monitoring.domain.ReportingRates;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rates counted by the database: one grouped query per month over the registry joined to that
 * month's figures (the index on monthly_figures (period, kampung_kb_id), V28), never the rows in
 * Java. "Expected" is written once here, for the rates and the missing list alike.
 */
@ApplicationScoped
public class SqlReportingRates extends JpaRepository implements ReportingRates {

  /** Declared on or before the month's last day, and active at its end. */
  private static final String EXPECTED =
      " k.village_code LIKE ? AND k.declaration_date <= ?"
          + " AND (k.status = 'ACTIVE' OR k.inactive_since > ?)";

  /** Expected and without figures of the month: parameters as {@link #EXPECTED}, then the month. */
  private static final String MISSING =
      " FROM kampung_kb k WHERE"
          + EXPECTED
          + " AND NOT EXISTS (SELECT 1 FROM monthly_figures f"
          + " WHERE f.kampung_kb_id = k.id AND f.period = ?)";

  private static final Set<Integer> GROUP_LENGTHS = Set.of(2, 5, 8, 13);

  @Override
  @SuppressWarnings("unchecked")
  public List<ReportingRate> rates(
      String prefix, int groupLength, YearMonth period, Instant lateFrom) {
    if (!GROUP_LENGTHS.contains(groupLength)) {
      throw new IllegalArgumentException("not a region code length: " + groupLength);
    }
    // The length is one of four numbers, written into the text: the GROUP BY must repeat the
    // select's expression exactly, which a bound parameter would not be on PostgreSQL.
    String area = "SUBSTRING(k.village_code, 1, " + groupLength + ")";
    Query q =
        em.createNativeQuery(
            "SELECT "
                + area
                + ", COUNT(*), COUNT(f.id),"
                + " SUM(CASE WHEN f.id IS NOT NULL AND (f.reported_at IS NULL OR f.reported_at < ?)"
                + " THEN 1 ELSE 0 END)"
                + " FROM kampung_kb k"
                + " LEFT JOIN monthly_figures f ON f.kampung_kb_id = k.id AND f.period = ?"
                + " WHERE"
                + EXPECTED
                + " GROUP BY "
                + area
                + " ORDER BY "
                + area);
    q.setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(lateFrom, ZoneOffset.UTC)));
    q.setParameter(2, period.toString());
    bindExpected(q, 3, prefix, period);
    List<ReportingRate> rates = new ArrayList<>();
    for (Object[] row : (List<Object[]>) q.getResultList()) {
      rates.add(
          new ReportingRate((String) row[0], period, count(row[1]), count(row[2]), count(row[3])));
    }
    return rates;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<MissingReport> missing(String prefix, YearMonth period, int offset, int limit) {
    Query q =
        em.createNativeQuery(
            "SELECT k.id, k.name, k.village_code" + MISSING + " ORDER BY k.village_code, k.id");
    bindExpected(q, 1, prefix, period);
    q.setParameter(4, period.toString());
    q.setFirstResult(offset);
    q.setMaxResults(limit);
    List<Object[]> rows = q.getResultList();
    List<Account> operators =
        operatorsOf(rows.stream().map(r -> RegionCode.of((String) r[2])).toList());
    List<MissingReport> missing = new ArrayList<>();
    for (Object[] row : rows) {
      RegionCode village = RegionCode.of((String) row[2]);
      missing.add(
          new MissingReport(
              count(row[0]), (String) row[1], village.value(), responsible(operators, village)));
    }
    return missing;
  }

  @Override
  public long countMissing(String prefix, YearMonth period) {
    Query q = em.createNativeQuery("SELECT COUNT(*)" + MISSING);
    bindExpected(q, 1, prefix, period);
    q.setParameter(4, period.toString());
    return count(q.getSingleResult());
  }

  private static void bindExpected(Query q, int first, String prefix, YearMonth period) {
    Date lastDay = Date.valueOf(period.atEndOfMonth());
    q.setParameter(first, prefix + "%");
    q.setParameter(first + 1, lastDay);
    q.setParameter(first + 2, lastDay);
  }

  /** The active regency operators scoped to the villages' districts or regencies. */
  private List<Account> operatorsOf(Collection<RegionCode> villages) {
    Set<String> areas = new HashSet<>();
    for (RegionCode village : villages) {
      village.ancestors().forEach(a -> areas.add(a.value()));
    }
    if (areas.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.role = :role AND a.active = TRUE"
                + " AND a.scopeCode IN :areas ORDER BY a.username",
            Account.class)
        .setParameter("role", Role.REGENCY_OPERATOR)
        .setParameter("areas", areas)
        .getResultList();
  }

  /** Those whose scope covers the village, the nearest (a district's operators) first. */
  private static List<Responsible> responsible(List<Account> operators, RegionCode village) {
    return operators.stream()
        .filter(a -> a.scope().covers(village))
        .sorted(
            Comparator.comparing((Account a) -> -a.scope().code().length())
                .thenComparing(Account::username))
        .map(a -> new Responsible(a.username(), a.fullName(), a.scope().code()))
        .toList();
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
