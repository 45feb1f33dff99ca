package id.go.lampungprov.kkb.registration.application.demo;

import id.go.lampungprov.kkb.platform.persistence.StartupLock;
import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.Term;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loads the synthetic demo registry ({@link DemoRegistryPlan}, {@link DemoRegistryDetails}) when
 * {@code KKB_DEMO_DATA=true} and the registry is still empty, in one transaction. Never on by
 * default: demo rows in a production registry would be wrong data.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private KampungKbRepository registry;
  @PersistenceContext private EntityManager em;

  /**
   * Whether demo data is asked for ({@code KKB_DEMO_DATA}); first takes the database's startup
   * lock, so instances starting together take turns (see {@link StartupLock}) and load it once.
   */
  public static boolean requested(EntityManager em) {
    StartupLock.holdUntilCommit(em);
    return ConfigProvider.getConfig()
        .getOptionalValue("kkb.demo.data", Boolean.class)
        .orElse(false);
  }

  @PostConstruct
  void loadIfRequested() {
    boolean requested = requested(em);
    if (!requested || registry.count() > 0) {
      return;
    }
    List<DemoRegistryPlan.Entry> plan =
        DemoRegistryPlan.plan(GazetteerIndex.villagesOf("18"), DemoRegistryPlan.SEED);
    Instant now = Instant.now();
    for (DemoRegistryPlan.Entry e : plan) {
      KampungKb kkb =
          new KampungKb(
              e.village(),
              new KampungKb.Details(
                  e.name(), null, e.declared(), "Data contoh (sintetis)", null, Set.of()),
              e.model(),
              now);
      registry.add(kkb);
      addDetails(kkb, DemoRegistryDetails.of(e.village().value(), DemoRegistryPlan.SEED), now);
    }
    LOG.info(
        () ->
            "Loaded the synthetic demo registry: "
                + plan.size()
                + " Kampung KB in Lampung with Pokja, cadres, profiles and "
                + DemoRegistryDetails.MONTHS
                + " months of figures");
  }

  private void addDetails(KampungKb kkb, DemoRegistryDetails.Details details, Instant now) {
    Term term = new Term(kkb.declarationDate(), null);
    for (DemoRegistryDetails.Holder h : details.holders()) {
      Person person = new Person(kkb.village(), h.fullName(), h.sex(), null, null, now);
      em.persist(person);
      em.persist(
          h.pokjaRole() != null
              ? new PokjaMember(kkb, person, h.pokjaRole(), term, details.profile().pokjaTrained())
              : new Cadre(kkb, person, h.cadreType(), term));
    }
    em.persist(new KampungKbProfile(kkb, kkb.declarationDate(), details.profile(), now));
    details
        .figures()
        .forEach(
            (month, figures) ->
                em.persist(
                    new MonthlyFigures(
                        kkb,
                        month,
                        figures,
                        DemoRegistryDetails.reportedAt(kkb.village().value(), month))));
    em.flush();
  }
}
