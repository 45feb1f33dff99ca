package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAgencyRepository extends JpaRepository implements AgencyRepository {

  @Override
  public Optional<Agency> find(long id) {
    return byId(Agency.class, id);
  }

  @Override
  public Optional<Agency> findByCode(String code) {
    return em.createNamedQuery(Agency.FIND_BY_CODE, Agency.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Agency> all() {
    return em.createNamedQuery(Agency.FIND_ALL, Agency.class).getResultList();
  }

  @Override
  public void add(Agency agency) {
    persistNow(agency);
  }
}
