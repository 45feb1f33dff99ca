package id.go.lampungprov.kkb.it;

import java.io.File;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the tests deploy, unchanged: the EAR that the {@code ear} module built (Payara Server), or,
 * when {@code kkb.war} names it, the WAR that the {@code micro} module built (Payara Micro, which
 * deploys no EAR). The same test classes run against both.
 */
final class Deployments {

  private Deployments() {}

  static Archive<?> application() {
    String war = System.getProperty("kkb.war", "");
    if (!war.isBlank()) {
      // Payara Micro takes the context root from the file name: ROOT.war is served at "/".
      return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
          .importFrom(built(war))
          .as(WebArchive.class);
    }
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class,
        built(System.getProperty("kkb.ear", "../ear/target/kampung-kb.ear")));
  }

  private static File built(String path) {
    File file = new File(path);
    if (!file.isFile()) {
      throw new IllegalStateException("build the application first: " + file.getAbsolutePath());
    }
    return file;
  }
}
