package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.region.infrastructure.GazetteerIndex;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loads the synthetic demo registry ({@link DemoRegistryPlan}) when {@code KKB_DEMO_DATA=true} and
 * the registry is still empty, in one transaction. Never on by default: demo rows in a production
 * registry would be wrong data.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private KampungKbRepository registry;

  @PostConstruct
  void loadIfRequested() {
    boolean requested =
        ConfigProvider.getConfig().getOptionalValue("kkb.demo.data", Boolean.class).orElse(false);
    if (!requested || registry.count() > 0) {
      return;
    }
    List<DemoRegistryPlan.Entry> plan =
        DemoRegistryPlan.plan(GazetteerIndex.villagesOf("18"), DemoRegistryPlan.SEED);
    Instant now = Instant.now();
    for (DemoRegistryPlan.Entry e : plan) {
      registry.add(
          new KampungKb(
              e.village(),
              new KampungKb.Details(
                  e.name(), null, e.declared(), "Data contoh (sintetis)", null, Set.of()),
              e.model(),
              now));
    }
    LOG.info(() -> "Loaded the synthetic demo registry: " + plan.size() + " Kampung KB in Lampung");
  }
}
