package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Decree;
import id.go.lampungprov.kkb.registration.domain.DecreeRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDecreeRepository implements DecreeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Decree> find(long id) {
    return Optional.ofNullable(em.find(Decree.class, id));
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
    em.persist(decree);
    em.flush();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
