package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbPosition;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.PositionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPositionRepository extends JpaRepository implements PositionRepository {

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
    return byId(PokjaMember.class, id);
  }

  @Override
  public Optional<Cadre> findCadre(long id) {
    return byId(Cadre.class, id);
  }

  @Override
  public void add(KampungKbPosition position) {
    persistNow(position);
  }
}
