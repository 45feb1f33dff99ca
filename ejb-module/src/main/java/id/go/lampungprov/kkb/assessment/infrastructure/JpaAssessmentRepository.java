package id.go.lampungprov.kkb.assessment.infrastructure;

import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.AssessmentRepository;
import id.go.lampungprov.kkb.assessment.domain.AssessmentSearch;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStatus;
import id.go.lampungprov.kkb.assessment.domain.CoeDesignation;
import id.go.lampungprov.kkb.assessment.domain.Instrument;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAssessmentRepository extends JpaRepository implements AssessmentRepository {

  @Override
  public Optional<Instrument> findInstrument(long id) {
    return byId(Instrument.class, id);
  }

  @Override
  public List<Instrument> instruments() {
    return em.createQuery(
            "SELECT i FROM Instrument i ORDER BY i.code, i.revision", Instrument.class)
        .getResultList();
  }

  @Override
  public int latestRevision(String code) {
    Integer max =
        em.createQuery(
                "SELECT MAX(i.revision) FROM Instrument i WHERE i.code = :code", Integer.class)
            .setParameter("code", code)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  @Override
  public void add(Instrument instrument) {
    persistNow(instrument);
  }

  @Override
  public Optional<Assessment> find(long id) {
    return byId(Assessment.class, id);
  }

  @Override
  public List<Assessment> within(String regionCode) {
    return PagedQuery.of(Assessment.class, "a")
        .within("a.kampungKb.villageCode", regionCode)
        .all(em, "a.createdAt DESC, a.id DESC");
  }

  @Override
  public Page<Assessment> search(String regionCode, AssessmentSearch s) {
    PagedQuery<Assessment> q =
        PagedQuery.of(Assessment.class, "a").within("a.kampungKb.villageCode", regionCode);
    s.kampungKbName().ifPresent(v -> q.containsIgnoreCase("a.kampungKb.name", "name", v));
    s.period().ifPresent(v -> q.and("a.period = :period", "period", v));
    s.stage().ifPresent(v -> q.and("a.stage = :stage", "stage", v));
    s.status().ifPresent(v -> q.and("a.lifecycle.status = :status", "status", v));
    return q.page(em, "a.createdAt DESC, a.id DESC", s.page());
  }

  @Override
  public List<Assessment> open(String regionCode, int max) {
    return PagedQuery.of(Assessment.class, "a")
        .within("a.kampungKb.villageCode", regionCode)
        .and("a.lifecycle.status <> :approved", "approved", AssessmentStatus.APPROVED)
        .first(em, "a.createdAt DESC, a.id DESC", max);
  }

  @Override
  public List<Assessment> of(KampungKb kampungKb) {
    return PagedQuery.of(Assessment.class, "a")
        .and("a.kampungKb = :kkb", "kkb", kampungKb)
        .all(em, "a.createdAt DESC, a.id DESC");
  }

  @Override
  public void add(Assessment assessment) {
    persistNow(assessment);
  }

  @Override
  public void add(CoeDesignation designation) {
    persistNow(designation);
  }

  @Override
  public List<CoeDesignation> designations(String regionCode) {
    return PagedQuery.of(CoeDesignation.class, "d")
        .within("d.kampungKb.villageCode", regionCode)
        .all(em, "d.validFrom DESC");
  }
}
