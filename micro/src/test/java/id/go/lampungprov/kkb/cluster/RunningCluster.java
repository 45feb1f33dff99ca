package id.go.lampungprov.kkb.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.it.Accounts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The micro cluster ({@code cluster.sh start micro}) on the PostgreSQL database that {@code
 * kkb.cluster.db.url} names, started once for every test class of the run that uses this extension
 * and stopped after the last (starting two instances takes minutes).
 */
final class RunningCluster implements BeforeAllCallback {

  static final Path DIR = Path.of(System.getProperty("kkb.cluster.dir", "target/cluster"));
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunningCluster.class);

  private static Cluster cluster;

  /** Stops the cluster when JUnit closes the root context, after all test classes. */
  private record Started(Cluster cluster) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Throwable {
      cluster.stop();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Started.class, k -> new Started(start()), Started.class);
  }

  /** The running cluster (after {@link #beforeAll}). */
  static Cluster cluster() {
    return cluster;
  }

  /** A connection to the cluster's database, to check what was acknowledged. */
  static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("kkb.cluster.db.url"), dbUser(), dbPassword());
  }

  private static Cluster start() {
    String url = System.getProperty("kkb.cluster.db.url", "");
    assertTrue(url.startsWith("jdbc:postgresql:"), "a PostgreSQL URL: " + url);
    Map<String, String> env = new HashMap<>();
    env.put("DB_URL", url);
    env.put("DB_USER", dbUser());
    env.put("DB_PASSWORD", dbPassword());
    env.put("KKB_CLUSTER_DIR", DIR.toString());
    env.put("KKB_DATA_DIR", DIR.resolveSibling("cluster-data").toString());
    env.put("KKB_SECRETS_DIR", DIR.resolveSibling("cluster-secrets").toString());
    env.put("KKB_ADMIN_PASSWORD", Accounts.INITIAL_ADMIN_PASSWORD);
    env.put("KKB_DEMO_DATA", "true");
    env.put("KKB_HEAP", "768m");
    env.put("KKB_SKIP_BUILD", "true"); // this build has just packaged the WAR
    env.put("BALANCER_PORT", String.valueOf(Cluster.BALANCER_PORT));
    env.put("MICRO_PORTS", Cluster.INSTANCE_PORTS.get(0) + " " + Cluster.INSTANCE_PORTS.get(1));
    cluster =
        new Cluster(
            Path.of(System.getProperty("kkb.cluster.script", "../cluster.sh")).toAbsolutePath(),
            DIR,
            env);
    try {
      cluster.stop(); // what an aborted earlier run may have left
      cluster.start();
    } catch (Exception e) {
      throw new IllegalStateException("the cluster did not start", e);
    }
    return cluster;
  }

  private static String dbUser() {
    return setting("kkb.cluster.db.user", "DB_USER");
  }

  private static String dbPassword() {
    return setting("kkb.cluster.db.password", "DB_PASSWORD");
  }

  private static String setting(String property, String variable) {
    String value = System.getProperty(property, "");
    if (value.isBlank()) {
      value = System.getenv().getOrDefault(variable, "");
    }
    assertFalse(value.isBlank(), "-D" + property + " or " + variable + " is needed");
    return value;
  }
}
