package id.go.lampungprov.kkb.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR that the {@code ear} module built, unchanged. */
final class Deployments {

  private Deployments() {}

  static EnterpriseArchive realEar() {
    File ear = new File(System.getProperty("kkb.ear", "../ear/target/kampung-kb.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException("build the ear module first: " + ear.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
