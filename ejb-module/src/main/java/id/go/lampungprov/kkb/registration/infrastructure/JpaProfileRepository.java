package id.go.lampungprov.kkb.registration.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.ProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class JpaProfileRepository extends JpaRepository implements ProfileRepository {

  @Override
  public List<KampungKbProfile> of(KampungKb kampungKb) {
    return em.createNamedQuery(KampungKbProfile.FIND_BY_KAMPUNG_KB, KampungKbProfile.class)
        .setParameter("kampungKb", kampungKb)
        .getResultList();
  }

  @Override
  public void add(KampungKbProfile profile) {
    persistNow(profile);
  }
}
