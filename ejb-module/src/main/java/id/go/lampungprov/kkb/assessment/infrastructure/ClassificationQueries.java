package id.go.lampungprov.kkb.assessment.infrastructure;

import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Pages of current classifications within a region, by village code. */
@ApplicationScoped
public class ClassificationQueries {

  @PersistenceContext private EntityManager em;

  public Page<Classification> page(String region, Optional<KampungKbClass> only, PageRequest page) {
    PagedQuery<Classification> q =
        PagedQuery.of(Classification.class, "c")
            .and("c.currentKey > :none", "none", 0L)
            .within("c.kampungKb.villageCode", region);
    only.ifPresent(v -> q.and("c.kampungKbClass = :only", "only", v));
    return q.page(em, "c.kampungKb.villageCode, c.id", page);
  }
}
