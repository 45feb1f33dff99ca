package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.ClassificationRepository;
import id.go.lampungprov.kkb.platform.persistence.StartupLock;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, classifies every active Kampung KB that has no classification yet (demo data, rows
 * imported before the rule set existed), so the counts per class cover the whole registry.
 */
@Singleton
@Startup
// After the demo interventions, so their agencies count in a demo Kampung KB's first class; those
// come after DemoData. Naming DemoData too would make a diamond, which Payara refuses as a cycle.
@DependsOn("DemoInterventions")
@PermitAll
public class ClassificationBootstrap {

  @PersistenceContext private EntityManager em;

  private static final Logger LOG = Logger.getLogger(ClassificationBootstrap.class.getName());

  @Inject private ClassificationRepository classifications;
  @Inject private ClassificationRecomputer recomputer;

  @PostConstruct
  void classifyTheUnclassified() {
    // Once per database: instances starting together take turns (see StartupLock).
    StartupLock.holdUntilCommit(em);
    List<KampungKb> pending = classifications.unclassified();
    pending.forEach(recomputer::recompute);
    if (!pending.isEmpty()) {
      LOG.info(() -> "Classified " + pending.size() + " Kampung KB without a classification");
    }
  }
}
