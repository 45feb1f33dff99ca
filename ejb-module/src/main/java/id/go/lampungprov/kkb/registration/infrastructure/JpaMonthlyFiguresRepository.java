package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.MonthlyFiguresRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMonthlyFiguresRepository extends JpaRepository implements MonthlyFiguresRepository {

  @Override
  public List<MonthlyFigures> of(KampungKb kampungKb) {
    return em.createNamedQuery(MonthlyFigures.FIND_BY_KAMPUNG_KB, MonthlyFigures.class)
        .setParameter("kampungKb", kampungKb)
        .getResultList();
  }

  @Override
  public List<MonthlyFigures> within(Collection<Long> kampungKbIds, YearMonth from, YearMonth to) {
    if (kampungKbIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT f FROM MonthlyFigures f JOIN FETCH f.kampungKb WHERE f.kampungKb.id IN :ids"
                + " AND f.period >= :from AND f.period <= :to"
                + " ORDER BY f.kampungKb.id, f.period",
            MonthlyFigures.class)
        .setParameter("ids", kampungKbIds)
        .setParameter("from", from.toString())
        .setParameter("to", to.toString())
        .getResultList();
  }

  @Override
  public List<Long> reportedIn(String prefix, YearMonth period) {
    return em.createQuery(
            "SELECT f.kampungKb.id FROM MonthlyFigures f WHERE f.period = :period"
                + " AND f.kampungKb.villageCode LIKE :prefix"
                + " ORDER BY f.kampungKb.villageCode, f.kampungKb.id",
            Long.class)
        .setParameter("period", period.toString())
        .setParameter("prefix", prefix + "%")
        .getResultList();
  }

  @Override
  public Optional<MonthlyFigures> find(KampungKb kampungKb, YearMonth period) {
    return em.createNamedQuery(MonthlyFigures.FIND_FOR_PERIOD, MonthlyFigures.class)
        .setParameter("kampungKb", kampungKb)
        .setParameter("period", period.toString())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(MonthlyFigures figures) {
    persistNow(figures);
  }
}
