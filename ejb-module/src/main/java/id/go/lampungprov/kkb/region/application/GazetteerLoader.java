package id.go.lampungprov.kkb.region.application;

import id.go.lampungprov.kkb.platform.cluster.DataVersion;
import id.go.lampungprov.kkb.platform.persistence.DatabaseMigrator;
import id.go.lampungprov.kkb.platform.persistence.StartupLock;
import id.go.lampungprov.kkb.region.infrastructure.GazetteerImporter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loads the provinces named in {@code kkb.regions.provinces} (environment {@code
 * KKB_REGIONS_PROVINCES}, e.g. {@code 31,32} or {@code ALL}) at start-up, each one in its own
 * transaction and only if it is not loaded yet. Lampung needs nothing: a migration loads it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll
public class GazetteerLoader {

  static final String PROPERTY = "kkb.regions.provinces";
  private static final Logger LOG = Logger.getLogger(GazetteerLoader.class.getName());

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private DataVersion dataVersion;

  @PostConstruct
  void loadConfiguredProvinces() {
    String configured =
        ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse("");
    for (String code : requested(configured, GazetteerImporter.provinceCodes())) {
      try {
        load(code);
      } catch (SQLException | RuntimeException e) {
        // One bad entry must not keep the application from starting; the log names it.
        LOG.log(Level.SEVERE, "Could not load the regions of province " + code, e);
      }
    }
  }

  static Set<String> requested(String configured, Set<String> known) {
    Set<String> codes = new LinkedHashSet<>();
    for (String part : configured.split(",")) {
      String code = part.strip();
      if (code.equalsIgnoreCase("ALL")) {
        codes.addAll(known);
      } else if (!code.isEmpty()) {
        if (!known.contains(code)) {
          LOG.severe(() -> PROPERTY + ": '" + code + "' is not a province code; known: " + known);
        } else {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  private void load(String code) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        // Another instance starting on the same database may be loading them right now.
        StartupLock.holdUntilCommit(c);
        if (GazetteerImporter.isLoaded(c, code)) {
          c.commit();
          return;
        }
        int count = GazetteerImporter.importProvince(c, code);
        c.commit();
        // Written with JDBC, not audited: the national recap's lines change.
        dataVersion.changed();
        LOG.info(() -> "Loaded " + count + " regions of province " + code);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }
}
