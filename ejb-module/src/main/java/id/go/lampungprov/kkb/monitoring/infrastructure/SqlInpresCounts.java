package id.go.lampungprov.kkb.monitoring.infrastructure;

import id.go.lampungprov.kkb.monitoring.domain.InpresCounts;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Inpres recap counted by the database: one grouped query per level over the tags joined to
 * their interventions and Kampung KB, distinct interventions and Kampung KB per group.
 */
@ApplicationScoped
public class SqlInpresCounts extends JpaRepository implements InpresCounts {

  private static final Set<Integer> GROUP_LENGTHS = Set.of(2, 5, 8, 13);

  @Override
  @SuppressWarnings("unchecked")
  public List<Count> count(
      long catalogueId,
      Level level,
      String prefix,
      int groupLength,
      LocalDate from,
      LocalDate until) {
    if (!GROUP_LENGTHS.contains(groupLength)) {
      throw new IllegalArgumentException("not a region code length: " + groupLength);
    }
    // Both expressions are chosen from fixed text, never from input: the GROUP BY must repeat the
    // select's expressions exactly, which bound parameters would not be on PostgreSQL.
    String area = "SUBSTRING(k.village_code, 1, " + groupLength + ")";
    String code =
        switch (level) {
          case ALL -> null;
          case TARGET -> "t.code";
          case PROGRAMME -> "p.code";
          case ACTIVITY -> "a.code";
        };
    String groups = code == null ? area : area + ", " + code;
    Query q =
        em.createNativeQuery(
            "SELECT "
                + groups
                + ", COUNT(DISTINCT i.id), COUNT(DISTINCT k.id)"
                + " FROM intervention_inpres x"
                + " JOIN inpres_activity a ON a.id = x.activity_id"
                + " JOIN inpres_programme p ON p.id = a.programme_id"
                + " JOIN inpres_target t ON t.id = p.target_id"
                + " JOIN intervention i ON i.id = x.intervention_id"
                + " JOIN kampung_kb k ON k.id = i.kampung_kb_id"
                + " WHERE a.catalogue_id = ? AND k.village_code LIKE ?"
                + " AND i.intervention_date >= ? AND i.intervention_date < ?"
                + " GROUP BY "
                + groups);
    q.setParameter(1, catalogueId);
    q.setParameter(2, prefix + "%");
    q.setParameter(3, Date.valueOf(from));
    q.setParameter(4, Date.valueOf(until));
    List<Count> counts = new ArrayList<>();
    for (Object[] row : (List<Object[]>) q.getResultList()) {
      int n = row.length;
      counts.add(
          new Count(
              (String) row[0],
              code == null ? "" : (String) row[1],
              ((Number) row[n - 2]).longValue(),
              ((Number) row[n - 1]).longValue()));
    }
    return counts;
  }
}
