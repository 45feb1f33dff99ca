package id.go.lampungprov.kkb.synthetic.application;

import id.go.lampungprov.kkb.region.infrastructure.GazetteerImporter;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the synthetic load when {@code kkb.synthetic.data} (environment {@code
 * KKB_SYNTHETIC_DATA}) is {@code lampung} or {@code national} and the registry is empty; the seed
 * is {@code kkb.synthetic.seed} ({@code KKB_SYNTHETIC_SEED}, default 2026). Never on by default:
 * synthetic rows in a production registry would be wrong data. The load itself runs in the
 * background ({@link SyntheticLoader}); its last log line says when it is complete.
 */
@Singleton
@Startup
// Only one chain: Payara reports a cycle for start-up graphs where two paths share an ancestor.
// The regions must be loaded before the check below; the loader waits for the instrument itself.
@DependsOn("GazetteerLoader")
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll
public class SyntheticData {

  static final String SIZE = "kkb.synthetic.data";
  static final String SEED = "kkb.synthetic.seed";
  private static final Logger LOG = Logger.getLogger(SyntheticData.class.getName());

  @Inject private KampungKbRepository registry;
  @Inject private SyntheticProgress progress;
  @EJB private SyntheticLoader loader;
  @PersistenceContext private EntityManager em;

  @PostConstruct
  void loadIfRequested() {
    try {
      start();
    } catch (RuntimeException e) {
      // Test data must never keep the application from starting.
      progress.finished(SyntheticProgress.State.FAILED);
      LOG.log(Level.SEVERE, "Synthetic data not loaded", e);
    }
  }

  private void start() {
    Config config = ConfigProvider.getConfig();
    String requested = config.getOptionalValue(SIZE, String.class).orElse("").strip();
    if (requested.isEmpty() || requested.equalsIgnoreCase("false")) {
      return;
    }
    Optional<SyntheticSize> size = SyntheticSize.parse(requested);
    if (size.isEmpty()) {
      refuse("KKB_SYNTHETIC_DATA='" + requested + "' is neither 'lampung' nor 'national'");
      return;
    }
    String seedText = config.getOptionalValue(SEED, String.class).orElse("").strip();
    long seed;
    try {
      seed = seedText.isEmpty() ? SyntheticPlan.DEFAULT_SEED : Long.parseLong(seedText);
    } catch (NumberFormatException e) {
      refuse("KKB_SYNTHETIC_SEED='" + seedText + "' is not a whole number");
      return;
    }
    if (registry.count() > 0) {
      // The usual case on every start after the first: the data are there already.
      LOG.info(
          "Synthetic data not loaded: the registry is not empty (loads only into an empty one)");
      return;
    }
    if (size.get().national()) {
      Set<String> missing = missingProvinces();
      if (!missing.isEmpty()) {
        refuse(
            "'national' needs the regions of every province, "
                + missing.size()
                + " are not loaded ("
                + missing
                + "): start with KKB_REGIONS_PROVINCES=ALL");
        return;
      }
    }
    LOG.info(
        () ->
            "Synthetic data ("
                + size.get().key()
                + ", seed "
                + seed
                + ") requested: loading in the background");
    progress.loading(size.get().kampungKb());
    loader.load(size.get(), seed);
  }

  private void refuse(String why) {
    progress.finished(SyntheticProgress.State.REFUSED);
    LOG.severe(() -> "Synthetic data not loaded: " + why);
  }

  private Set<String> missingProvinces() {
    Set<String> loaded = new HashSet<>();
    for (Object code :
        em.createNativeQuery("SELECT province_code FROM region_dataset").getResultList()) {
      loaded.add(String.valueOf(code));
    }
    Set<String> missing = new TreeSet<>(GazetteerImporter.provinceCodes());
    missing.removeAll(loaded);
    return missing;
  }
}
