package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The server is killed with SIGKILL while it writes a 2,651-row import, then started again: the
 * import must be all there or not there at all, and the application must serve as before. This test
 * drives its own server (no Arquillian: the container must not notice the kill) on an empty
 * database of its own; it runs after the other executions, when the shared domain is stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

  private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
  private static final Path DOMAIN = PAYARA.resolve("glassfish/domains/domain1");
  private static final Path EAR = Path.of(System.getProperty("kkb.ear"));
  private static final String APP = "kampung-kb-fault";

  @BeforeAll
  static void start() throws Exception {
    asadmin("start-domain", "domain1");
    asadmin("deploy", "--force=true", "--name", APP, EAR.toString());
    awaitReady();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      asadmin("undeploy", APP);
    } finally {
      asadmin("stop-domain", "domain1");
    }
  }

  @Test
  @Order(1)
  void anImportKilledHalfwayIsAbsentAfterTheRestartAndCanBeSentAgain() throws Exception {
    String name = Accounts.username("PROVINCE_OFFICER", "18");
    Http sender = Http.basic(name, Accounts.PASSWORD);
    Http officer = sender;
    List<String> villages = Imports.allVillages(officer);
    assertEquals(2651, villages.size());
    String csv = Imports.csv(Imports.templateHeader(officer), Imports.kampungKbRows(villages));
    assertEquals(0, Imports.activeTotal(officer));

    Path log = DOMAIN.resolve("logs/server.log");
    long logStart = Files.size(log);
    CompletableFuture<HttpResponse<String>> running =
        CompletableFuture.supplyAsync(() -> Imports.importCsv(sender, csv, false));
    assertTrue(
        awaitLogLine(log, logStart, "Kampung KB import: 500 of 2651 rows written"),
        "the import never reported progress");
    assertFalse(running.isDone(), "the import ended before the kill: " + running);
    long pid = Long.parseLong(Files.readString(DOMAIN.resolve("config/pid")).strip());
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    server.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the server
    server.onExit().get();
    assertTrue(
        running.handle((r, e) -> e != null).get(), "no answer can come from a killed server");

    asadmin("start-domain", "domain1");
    awaitReady();
    officer =
        Http.basic(name, Accounts.PASSWORD); // the old client's connections died with the server
    long after = Imports.activeTotal(officer);
    assertTrue(after == 0 || after == 2651, "half an import survived: " + after);
    assertEquals(0, after, "killed before its commit, the import must be absent");

    JsonObject again = Http.object(Imports.importCsv(officer, csv, false), 200);
    assertEquals(2651, again.getInt("written"));
    assertEquals(2651, Imports.activeTotal(officer));
  }

  @Test
  @Order(2)
  void aDatabaseRestartUnderLoadFailsCleanlyAndRecoversWithoutRestartingPayara() throws Exception {
    String restart = System.getProperty("kkb.fault.db.restart", "");
    Assumptions.assumeFalse(restart.isBlank(), "only with PostgreSQL (-Dkkb.fault.db.restart=…)");
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.ConcurrentLinkedQueue<String> acknowledged =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.concurrent.ConcurrentLinkedQueue<String> unclean =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.concurrent.atomic.AtomicInteger unavailable =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService load =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    for (int worker = 0; worker < 8; worker++) {
      boolean writer = worker % 2 == 0;
      load.submit(
          () -> {
            while (running.get() && next.get() < 5000) {
              HttpResponse<String> answer;
              try {
                answer = writer ? register(operator, next.incrementAndGet()) : list(operator);
              } catch (RuntimeException noAnswer) {
                unclean.add("no answer: " + noAnswer);
                continue;
              }
              int status = answer.statusCode();
              if (status == 201) {
                acknowledged.add(Http.object(answer, 201).getJsonNumber("id").toString());
              } else if (status == 503
                  && answer.headers().firstValue("Content-Type").orElse("").contains("problem")) {
                unavailable.incrementAndGet();
              } else if (status != 200) {
                unclean.add(status + " " + answer.body());
              }
              sleepQuietly(writer ? 100 : 20);
            }
            return null;
          });
    }
    Thread.sleep(2000);
    Process restarting =
        new ProcessBuilder("bash", "-c", restart).redirectErrorStream(true).start();
    String restartOutput = new String(restarting.getInputStream().readAllBytes());
    assertEquals(0, restarting.waitFor(), restartOutput);
    Thread.sleep(5000);
    running.set(false);
    load.shutdown();
    assertTrue(load.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES));

    assertTrue(unclean.isEmpty(), "answers other than 2xx or 503 problem+json: " + unclean);
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int status = 0;
    while (System.nanoTime() < until && status != 200) {
      status = operator.get("/api/kampung-kb?region=18.07&size=1").statusCode();
      Thread.sleep(500);
    }
    assertEquals(200, status, "the application did not recover after the database restart");
    for (String person : acknowledged) {
      assertEquals(
          200,
          operator.get("/api/persons/" + person).statusCode(),
          "an acknowledged write was lost: person " + person);
    }
    assertTrue(acknowledged.size() > 0, "no write was acknowledged at all");
    System.out.printf(
        "database restart under load: %d writes acknowledged, %d answers 503%n",
        acknowledged.size(), unavailable.get());
  }

  private static HttpResponse<String> register(Http as, int n) {
    return as.post(
        "/api/persons", Fixtures.person(ReferenceData.SIDODADI, "Uji Mulai Ulang " + n, "FEMALE"));
  }

  private static HttpResponse<String> list(Http as) {
    return as.get("/api/kampung-kb?region=18.07&size=20");
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Polls the server log (from an offset) for a line containing the text. */
  private static boolean awaitLogLine(Path log, long from, String text) throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < until) {
      try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
        if (file.length() > from) {
          byte[] tail = new byte[(int) (file.length() - from)];
          file.seek(from);
          file.readFully(tail);
          if (new String(tail, StandardCharsets.UTF_8).contains(text)) {
            return true;
          }
        }
      }
      Thread.sleep(20);
    }
    return false;
  }

  private static void awaitReady() throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < until) {
      try {
        if (Http.anonymous().get("/health/ready").statusCode() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // connection refused while the server boots
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the application did not become ready");
  }

  private static void asadmin(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add(PAYARA.resolve("bin/asadmin").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
  }
}
