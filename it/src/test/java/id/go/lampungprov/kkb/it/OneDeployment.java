package id.go.lampungprov.kkb.it;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the application once, right after Arquillian started the server, and undeploys it before
 * the server stops: every test class of the run talks to that one deployment over HTTP (they all
 * run as clients), instead of paying a deployment of their own, 10 to 40 s each. Test classes
 * therefore declare no {@code @Deployment}; what they need of a fresh state they make themselves
 * (unique names, their own client addresses).
 */
public class OneDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Deployer.class);
  }

  /** Arquillian's observer of the container's start and stop. */
  public static class Deployer {

    private Archive<?> archive;

    public void deploy(@Observes AfterStart started) throws DeploymentException {
      // The demo server's KKB_TSA_URL points here: every signature it makes asks this stand-in.
      StandInTimestampAuthority.shared();
      archive = Deployments.application();
      started.getDeployableContainer().deploy(archive);
    }

    public void undeploy(@Observes BeforeStop stopping) throws DeploymentException {
      if (archive != null) {
        stopping.getDeployableContainer().undeploy(archive);
        archive = null;
      }
      StandInTimestampAuthority.stopShared();
    }
  }
}
