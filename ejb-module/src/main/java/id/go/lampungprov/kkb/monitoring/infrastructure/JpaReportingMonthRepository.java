package id.go.lampungprov.kkb.monitoring.infrastructure;

import id.go.lampungprov.kkb.monitoring.domain.ReportingMonth;
import id.go.lampungprov.kkb.monitoring.domain.ReportingMonthRepository;
import id.go.lampungprov.kkb.monitoring.domain.ReportingMonthStatus;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReportingMonthRepository extends JpaRepository implements ReportingMonthRepository {

  @Override
  public Optional<ReportingMonth> find(RegionCode regency, YearMonth period) {
    return em.createNamedQuery(ReportingMonth.FIND, ReportingMonth.class)
        .setParameter("regency", regency.value())
        .setParameter("period", period.toString())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ReportingMonth> findHeld(RegionCode regency, YearMonth period) {
    return em.createNamedQuery(ReportingMonth.FIND, ReportingMonth.class)
        .setParameter("regency", regency.value())
        .setParameter("period", period.toString())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ReportingMonth> within(String prefix, YearMonth from, YearMonth to) {
    return em.createNamedQuery(ReportingMonth.WITHIN, ReportingMonth.class)
        .setParameter("pattern", prefix + "%")
        .setParameter("from", from.toString())
        .setParameter("to", to.toString())
        .getResultList();
  }

  @Override
  public List<ReportingMonth> approved(Collection<String> regencies, Collection<String> periods) {
    if (regencies.isEmpty() || periods.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(ReportingMonth.APPROVED_AMONG, ReportingMonth.class)
        .setParameter("approved", ReportingMonthStatus.APPROVED)
        .setParameter("regencies", regencies)
        .setParameter("periods", periods)
        .getResultList();
  }

  @Override
  public void add(ReportingMonth month) {
    persistNow(month);
  }
}
