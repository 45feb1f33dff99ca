package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.MonthlyFiguresRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
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
