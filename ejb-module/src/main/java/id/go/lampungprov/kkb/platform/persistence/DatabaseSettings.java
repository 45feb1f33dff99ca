package id.go.lampungprov.kkb.platform.persistence;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, from the environment, which database to use. {@code DB_URL}, {@code DB_USER} and {@code
 * DB_PASSWORD} select an external database; without {@code DB_URL} an H2 file database lives in
 * {@code KKB_DATA_DIR} (the run script sets it to {@code ./data}).
 *
 * @param dataSourceClass the vendor's {@link javax.sql.DataSource}, chosen from the URL
 */
public record DatabaseSettings(String url, String user, String password, String dataSourceClass) {

  static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";
  static final int H2_AUTO_COMPACT_FILL_RATE = 50;
  static final String POSTGRES_DATA_SOURCE = "org.postgresql.ds.PGSimpleDataSource";

  static final List<String> VARIABLES = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KKB_DATA_DIR");

  /**
   * Environment variables first; JVM system properties of the same names as a fallback for servers
   * whose start-up environment the operator cannot change.
   */
  public static DatabaseSettings fromEnvironment() {
    Map<String, String> values = new HashMap<>();
    for (String name : VARIABLES) {
      String value = System.getenv(name);
      if (value == null) {
        value = System.getProperty(name);
      }
      if (value != null) {
        values.put(name, value);
      }
    }
    return from(values, System.getProperty("com.sun.aas.instanceRoot"));
  }

  static DatabaseSettings from(Map<String, String> env, String instanceRoot) {
    String url = env.get("DB_URL");
    if (url == null || url.isBlank()) {
      Path dataDir = dataDirectory(env, instanceRoot);
      return new DatabaseSettings(
          h2FileUrl(dataDir),
          env.getOrDefault("DB_USER", "sa"),
          env.getOrDefault("DB_PASSWORD", ""),
          H2_DATA_SOURCE);
    }
    return new DatabaseSettings(
        url.strip(),
        env.getOrDefault("DB_USER", ""),
        env.getOrDefault("DB_PASSWORD", ""),
        dataSourceClassFor(url.strip()));
  }

  /** Where the application keeps files: the H2 database, generated keys, the initial password. */
  public static Path dataDirectory() {
    Map<String, String> env = new HashMap<>();
    String dir = System.getenv("KKB_DATA_DIR");
    if (dir == null) {
      dir = System.getProperty("KKB_DATA_DIR");
    }
    if (dir != null) {
      env.put("KKB_DATA_DIR", dir);
    }
    return dataDirectory(env, System.getProperty("com.sun.aas.instanceRoot"));
  }

  static Path dataDirectory(Map<String, String> env, String instanceRoot) {
    String dir = env.get("KKB_DATA_DIR");
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir);
    }
    return instanceRoot != null ? Path.of(instanceRoot, "data") : Path.of("data");
  }

  /**
   * PostgreSQL mode keeps the migrations portable; the server, not H2's shutdown hook, decides when
   * the database closes.
   */
  static String h2FileUrl(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().normalize().resolve("kampung-kb")
        // Waits for row locks like PostgreSQL does rather than failing after H2's default second:
        // issuing a numbered document holds its counter row while it takes its number.
        + ";MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000"
        // H2 rewrites its file in the background while under 90 % of it is live data (its
        // default): on a file of a million rows and more that never settles, and took a third of
        // a core idle and half the CPU of a Laporan Kegiatan (docs/performance.md). At 50 % it
        // compacts when half the file is free, so the file stays at most about twice its data.
        + ";AUTO_COMPACT_FILL_RATE="
        + H2_AUTO_COMPACT_FILL_RATE;
  }

  static String dataSourceClassFor(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRES_DATA_SOURCE;
    }
    if (url.startsWith("jdbc:h2:")) {
      return H2_DATA_SOURCE;
    }
    throw new IllegalStateException(
        "DB_URL must start with jdbc:postgresql: or jdbc:h2:, was "
            + url.split(":", 3)[0]
            + ":"
            + (url.contains(":") ? url.split(":", 3)[1] : "")
            + ":…");
  }

  /** The URL without credentials or parameters, safe for logs. */
  public String describe() {
    int semicolon = url.indexOf(';');
    int question = url.indexOf('?');
    int end = semicolon >= 0 ? semicolon : question >= 0 ? question : url.length();
    return url.substring(0, end);
  }
}
