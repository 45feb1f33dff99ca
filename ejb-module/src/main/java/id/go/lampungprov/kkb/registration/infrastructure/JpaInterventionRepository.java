package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.InterventionRepository;
import id.go.lampungprov.kkb.registration.domain.InterventionSearch;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInterventionRepository extends JpaRepository implements InterventionRepository {

  @Override
  public Optional<Intervention> find(long id) {
    return byId(Intervention.class, id);
  }

  @Override
  public Page<Intervention> search(InterventionSearch s) {
    // The service narrowed the region to the caller's scope; none left means the whole country
    // (a national caller), which the empty prefix matches.
    String prefix = s.region().map(RegionCode::value).orElse("");
    PagedQuery<Intervention> q =
        PagedQuery.of(Intervention.class, "i").within("i.kampungKb.villageCode", prefix);
    s.kampungKbId().ifPresent(v -> q.and("i.kampungKb.id = :kkb", "kkb", v));
    s.agencyCode().ifPresent(v -> q.and("i.agency.code = :agency", "agency", v));
    s.familyFunction().ifPresent(v -> q.and("i.familyFunction = :function", "function", v));
    s.from().ifPresent(v -> q.and("i.date >= :from", "from", v));
    s.to().ifPresent(v -> q.and("i.date <= :to", "to", v));
    return q.page(em, "i.date DESC, i.id DESC", s.page());
  }

  @Override
  public List<Intervention> of(KampungKb kampungKb) {
    return PagedQuery.of(Intervention.class, "i")
        .and("i.kampungKb = :kkb", "kkb", kampungKb)
        .all(em, "i.date DESC, i.id DESC");
  }

  @Override
  public void add(Intervention intervention) {
    persistNow(intervention);
  }
}
