package id.go.lampungprov.kkb.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster as {@code cluster.sh} runs it: started, an instance killed and started again,
 * stopped. The balancer's view of an instance comes from its statistics page (CSV).
 */
final class Cluster {

  /**
   * Which cluster: {@code micro} (two Payara Micro processes, the default) or {@code server} (a
   * Payara Server deployment group), by -Dkkb.cluster.runtime.
   */
  static final String RUNTIME = System.getProperty("kkb.cluster.runtime", "micro");

  /** The instances' names, as cluster.sh and the balancer's cookie prefix call them. */
  static final List<String> NAMES =
      RUNTIME.equals("server") ? List.of("kkb1", "kkb2") : List.of("m1", "m2");

  /** cluster.sh's ports (its defaults unless -Dkkb.cluster.port names another balancer port). */
  static final int BALANCER_PORT = Integer.getInteger("kkb.cluster.port", 18000);

  /**
   * The instances' own HTTP ports: Micro's balancer port + 81 and + 82; the server instances'
   * cluster.sh defaults, 28080 and 29080 (port bases 28000, 29000).
   */
  static final List<Integer> INSTANCE_PORTS =
      RUNTIME.equals("server")
          ? List.of(28080, 29080)
          : List.of(BALANCER_PORT + 81, BALANCER_PORT + 82);

  static final String BALANCER = "http://127.0.0.1:" + BALANCER_PORT;
  private static final String STATS = "http://127.0.0.1:" + (BALANCER_PORT + 1) + "/;csv";

  private final Path script;
  private final Path dir;
  private final Map<String, String> environment;

  Cluster(Path script, Path dir, Map<String, String> environment) {
    this.script = script;
    this.dir = dir;
    this.environment = environment;
  }

  void start() throws IOException, InterruptedException {
    run(20, "start", RUNTIME);
  }

  void stop() throws IOException, InterruptedException {
    run(3, "stop");
  }

  /** SIGKILL: no shutdown hook, no goodbye to the Data Grid. */
  void kill(String instance) throws IOException, InterruptedException {
    run(1, "kill", instance);
  }

  /** Starts a killed instance again; returns when its /health/ready answers 200. */
  void restart(String instance) throws IOException, InterruptedException {
    run(10, "restart", instance);
  }

  Path log(String instance) {
    return dir.resolve(instance + ".log");
  }

  /** The balancer's status of an instance: UP, DOWN, "DOWN 1/2" ... */
  static String balancerStatus(String instance) throws IOException, InterruptedException {
    String csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(STATS)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    for (String line : csv.split("\n")) {
      String[] field = line.split(",", -1);
      if (field.length > 17 && field[0].equals("instances") && field[1].equals(instance)) {
        return field[17];
      }
    }
    return "unknown";
  }

  private void run(int minutes, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(script.toString());
    command.addAll(List.of(args));
    Files.createDirectories(dir);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .directory(script.getParent().toFile());
    builder.environment().putAll(environment);
    builder.environment().put("BALANCER_PORT", Integer.toString(BALANCER_PORT));
    builder.environment().put("MICRO_PORTS", INSTANCE_PORTS.get(0) + " " + INSTANCE_PORTS.get(1));
    builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    Process process = builder.start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " took over " + minutes + " min");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed; see its output above");
    }
  }
}
