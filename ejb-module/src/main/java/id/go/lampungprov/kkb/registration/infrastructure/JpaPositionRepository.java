package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbPosition;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.PositionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPositionRepository implements PositionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<PokjaMember> pokja(KampungKb kampungKb) {
    return em.createNamedQuery(PokjaMember.FIND_BY_KAMPUNG_KB, PokjaMember.class)
        .setParameter("kampungKb", kampungKb)
        .getResultList();
  }

  @Override
  public List<Cadre> cadres(KampungKb kampungKb) {
    return em.createNamedQuery(Cadre.FIND_BY_KAMPUNG_KB, Cadre.class)
        .setParameter("kampungKb", kampungKb)
        .getResultList();
  }

  @Override
  public Optional<PokjaMember> findMember(long id) {
    return Optional.ofNullable(em.find(PokjaMember.class, id));
  }

  @Override
  public Optional<Cadre> findCadre(long id) {
    return Optional.ofNullable(em.find(Cadre.class, id));
  }

  @Override
  public void add(KampungKbPosition position) {
    em.persist(position);
    em.flush();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
