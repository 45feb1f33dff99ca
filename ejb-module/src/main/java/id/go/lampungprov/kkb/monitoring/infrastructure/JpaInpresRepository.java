package id.go.lampungprov.kkb.monitoring.infrastructure;

import id.go.lampungprov.kkb.monitoring.domain.InpresCatalogue;
import id.go.lampungprov.kkb.monitoring.domain.InpresRepository;
import id.go.lampungprov.kkb.monitoring.domain.InterventionInpresTags;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInpresRepository extends JpaRepository implements InpresRepository {

  @Override
  public InpresCatalogue current() {
    return em.createQuery(
            "SELECT c FROM InpresCatalogue c ORDER BY c.issuedOn DESC, c.id DESC",
            InpresCatalogue.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no Inpres catalogue: migration V29 missing"));
  }

  @Override
  public Optional<InterventionInpresTags> tags(long interventionId) {
    return byId(InterventionInpresTags.class, interventionId);
  }

  @Override
  public List<InterventionInpresTags> tags(Collection<Long> interventionIds) {
    if (interventionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT t FROM InterventionInpresTags t WHERE t.interventionId IN :ids",
            InterventionInpresTags.class)
        .setParameter("ids", interventionIds)
        .getResultList();
  }

  @Override
  public void add(InterventionInpresTags tags) {
    persistNow(tags);
  }
}
