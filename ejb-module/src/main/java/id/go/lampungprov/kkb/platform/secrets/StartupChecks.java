package id.go.lampungprov.kkb.platform.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Runs every {@link StartupCheck} at deployment; the platform knows them only by the interface. */
@Singleton
@Startup
@PermitAll
public class StartupChecks {

  private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

  @Inject @Any private Instance<StartupCheck> checks;

  @PostConstruct
  void checkAll() {
    int count = 0;
    for (StartupCheck check : checks) {
      check.check();
      count++;
    }
    int checked = count;
    LOG.info(() -> checked + " secrets checked in " + SecretFiles.directory());
  }
}
