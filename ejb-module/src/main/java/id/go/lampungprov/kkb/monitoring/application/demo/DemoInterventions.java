package id.go.lampungprov.kkb.monitoring.application.demo;

import id.go.lampungprov.kkb.monitoring.domain.InpresCatalogue;
import id.go.lampungprov.kkb.monitoring.domain.InpresRepository;
import id.go.lampungprov.kkb.monitoring.domain.InterventionInpresTags;
import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.application.demo.DemoData;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryPlan;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyRepository;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbDataChanged;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Records the demo's cross-sector interventions ({@link DemoInterventionPlan}) and their Inpres
 * tags when {@code KKB_DEMO_DATA=true} and no intervention exists yet, in one transaction, only in
 * Kampung KB the demo registry made (its note says so): a real registry is never touched. Through
 * the domain as the API does (the same checks), without the services, which need a user in scope;
 * the registry is told of each changed Kampung KB as {@code InterventionService} does, so the
 * classifications count the agencies. Runs before the classification bootstrap, which then finds
 * these classified already.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@PermitAll
public class DemoInterventions {

  /** The demo registry's note on each of its Kampung KB (see {@link DemoData}). */
  static final String DEMO_NOTE = "Data contoh (sintetis)";

  /** Who tagged, as the tag list shows it. */
  static final String TAGGED_BY = "data-contoh";

  private static final Logger LOG = Logger.getLogger(DemoInterventions.class.getName());

  @Inject private KampungKbRepository registry;
  @Inject private AgencyRepository agencies;
  @Inject private InpresRepository inpres;
  @Inject private Event<KampungKbDataChanged> changed;
  @PersistenceContext private EntityManager em;

  @PostConstruct
  void loadIfRequested() {
    boolean requested = DemoData.requested(em);
    if (!requested
        || em.createQuery("SELECT COUNT(i) FROM Intervention i", Long.class).getSingleResult()
            > 0) {
      return;
    }
    long started = System.nanoTime();
    List<DemoInterventionPlan.Entry> plan =
        DemoInterventionPlan.plan(
            DemoRegistryPlan.plan(GazetteerIndex.villagesOf("18"), DemoRegistryPlan.SEED),
            DemoInterventionPlan.SEED);
    Map<String, KampungKb> kampungKb =
        registry.activeInVillages(
            plan.stream().map(DemoInterventionPlan.Entry::village).distinct().toList());
    InpresCatalogue catalogue = inpres.current();
    // Looked up before the first persist: a query in between would flush each time.
    Map<String, Agency> byCode = new HashMap<>();
    plan.forEach(
        e ->
            byCode.computeIfAbsent(
                e.kind().agency(), code -> agencies.findByCode(code).orElseThrow()));
    Instant now = Instant.now();
    Set<Long> touched = new LinkedHashSet<>();
    Map<Intervention, List<String>> toTag = new LinkedHashMap<>();
    int recorded = 0;
    for (DemoInterventionPlan.Entry e : plan) {
      Optional<KampungKb> kkb =
          Optional.ofNullable(kampungKb.get(e.village()))
              .filter(k -> k.description().filter(DEMO_NOTE::equals).isPresent());
      if (kkb.isEmpty()) {
        continue;
      }
      DemoInterventionKinds.Kind kind = e.kind();
      Intervention intervention =
          new Intervention(
              kkb.get(),
              new Intervention.Details(
                  e.date(),
                  kind.title(),
                  byCode.get(kind.agency()),
                  kind.function(),
                  kind.targets(),
                  kind.description(),
                  kind.outcome()),
              now);
      // Persisted, not added through the repository, which flushes each: one flush for all.
      em.persist(intervention);
      recorded++;
      touched.add(kkb.get().id());
      if (!kind.inpres().isEmpty()) {
        toTag.put(intervention, kind.inpres());
      }
    }
    // The tags name their intervention by id only, so JPA does not know to write it first.
    em.flush();
    toTag.forEach(
        (intervention, codes) -> {
          InterventionInpresTags tags =
              new InterventionInpresTags(intervention.id(), intervention.kampungKb().village());
          tags.replace(catalogue.activities(codes), TAGGED_BY, now);
          em.persist(tags);
        });
    em.flush();
    touched.forEach(id -> changed.fire(new KampungKbDataChanged(id)));
    int count = recorded;
    int inpresTagged = toTag.size();
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () ->
            "Loaded the demo's cross-sector interventions: "
                + count
                + " in "
                + touched.size()
                + " Kampung KB, "
                + inpresTagged
                + " tagged to Inpres 3/2022 activities, in "
                + millis
                + " ms");
  }
}
