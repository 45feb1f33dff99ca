package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Decree;
import id.go.lampungprov.kkb.registration.domain.DecreeRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDecreeRepository extends JpaRepository implements DecreeRepository {

  @Override
  public Optional<Decree> find(long id) {
    return byId(Decree.class, id);
  }

  @Override
  public Optional<Decree> findByNumber(RegionCode issuerRegion, String number) {
    return em.createNamedQuery(Decree.FIND_BY_NUMBER, Decree.class)
        .setParameter("region", issuerRegion.value())
        .setParameter("number", number.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Decree> covering(KampungKb kampungKb) {
    return em.createNamedQuery(Decree.FIND_COVERING, Decree.class)
        .setParameter("kampungKb", kampungKb)
        .getResultList();
  }

  @Override
  public void add(Decree decree) {
    persistNow(decree);
  }
}
