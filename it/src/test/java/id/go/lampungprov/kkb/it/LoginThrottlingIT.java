package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.it.FromAddress.Answer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login throttling instead of a lock-out, over HTTP. Other client machines are played by other
 * loopback addresses (127.0.0.2 and up, see {@link FromAddress}); this class's tests each use their
 * own, so their delays do not reach the other tests (which all come from 127.0.0.1).
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottlingIT {

  private static final String NEW_PASSWORD = "Kuda-Laut-Biru-2026";

  @Test
  void aThousandWrongPasswordsForAdminFromOneAddressDoNotStopAdminElsewhere() throws Exception {
    Http admin = Accounts.admin();
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    FromAddress attacker = new FromAddress("127.0.0.2");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long began = System.nanoTime();
    List<Future<Answer>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < 1000; i++) {
        int n = i;
        sent.add(
            pool.submit(
                () ->
                    attacker.send(
                        "GET",
                        "/api/me",
                        Map.of(
                            "Authorization",
                            FromAddress.basic("admin", "Wrong-Password-" + n),
                            // Not trusted by default: it must not spread the guesses over
                            // addresses.
                            "X-Forwarded-For",
                            "203.0.113." + (n % 250)),
                        null)));
      }
      Set<String> bodies = new java.util.HashSet<>();
      for (Future<Answer> f : sent) {
        Answer answer = f.get();
        assertEquals(401, answer.status(), answer.body());
        bodies.add(answer.body());
      }
      assertEquals(1, bodies.size(), "one answer for every refusal: " + bodies);
    } finally {
      pool.shutdownNow();
    }
    Duration attack = Duration.ofNanos(System.nanoTime() - began);
    assertTrue(attack.compareTo(Duration.ofMinutes(2)) < 0, "refusals are quick: " + attack);

    // The administrator, from other machines, still gets in, at most after a short wait.
    long before = System.nanoTime();
    assertEquals(200, admin.get("/api/me").statusCode());
    Answer elsewhere =
        new FromAddress("127.0.0.3").get("/api/me", "admin", Accounts.ADMIN_PASSWORD);
    assertEquals(200, elsewhere.status(), elsewhere.body());
    Duration owner = Duration.ofNanos(System.nanoTime() - before);
    assertTrue(owner.compareTo(Duration.ofSeconds(15)) < 0, "owner waited " + owner);

    // A thousand failures are a handful of audit entries with counts, attributed to the real peer.
    JsonArray failures =
        audit(admin, Map.of("actor", "admin", "action", "LOGIN_FAILURE", "from", start.toString()));
    assertTrue(
        failures.size() >= 1 && failures.size() <= 4, "few entries: " + failures.size() + failures);
    JsonObject thousand =
        failures.stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("detail").startsWith("1000 failed logins"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no running count of 1000 in " + failures));
    assertEquals("127.0.0.2", thousand.getString("clientAddress"), thousand.toString());
    assertTrue(thousand.getString("detail").contains("127.0.0.2 ×"), thousand.toString());
    assertFalse(thousand.getString("detail").contains("203.0.113"), thousand.toString());
    JsonObject counts =
        Json.createReader(new StringReader(thousand.getString("newValue"))).readObject();
    assertEquals("1000", counts.getString("failures"));
  }

  @Test
  void unknownWrongAndThrottledAnswersAreTheSameAndAnAdministratorLiftsTheDelay() {
    Http admin = Accounts.admin();
    String username = Accounts.uniqueName("victim");
    long id = newViewer(username);
    String password = "Temporary-Pw-1"; // GET /api/me works before it is changed
    FromAddress guesser = new FromAddress("127.0.0.4");
    FromAddress other = new FromAddress("127.0.0.5");

    // Five free failures, then waiting out the delays (1 s, 2 s): the next delay is 4 s.
    for (int i = 0; i < 7; i++) {
      pause(i == 5 ? 1100 : i == 6 ? 2100 : 0);
      assertEquals(401, guesser.get("/api/me", username, "Wrong-Password-" + i).status());
    }
    Answer throttled = guesser.get("/api/me", username, password);
    Answer wrong = other.get("/api/me", username, "Wrong-Password-x");
    Answer unknown = other.get("/api/me", "nobody-" + System.nanoTime(), "Wrong-Password-x");
    for (Answer a : List.of(throttled, wrong, unknown)) {
      assertEquals(401, a.status(), a.body());
      assertEquals(wrong.body(), a.body());
      assertEquals(wrong.headers().get("www-authenticate"), a.headers().get("www-authenticate"));
      assertEquals(wrong.headers().get("content-type"), a.headers().get("content-type"));
    }

    JsonObject account = Http.object(admin.get("/api/accounts/" + id), 200);
    assertTrue(account.getBoolean("locked"), account.toString());
    assertFalse(account.isNull("lockedUntil"), account.toString());
    // The owner at another machine is not stopped.
    assertEquals(200, Http.basic(username, password).get("/api/me").statusCode());

    // Nine failures, one audit entry (the next comes at the tenth).
    JsonArray failures = audit(admin, Map.of("actor", username, "action", "LOGIN_FAILURE"));
    assertEquals(1, failures.size(), failures.toString());
    assertTrue(
        failures.getJsonObject(0).getString("detail").startsWith("1 failed login"),
        failures.toString());

    account = Http.object(admin.post("/api/accounts/" + id + "/unlock", ""), 200);
    assertFalse(account.getBoolean("locked"), account.toString());
    Answer after = guesser.get("/api/me", username, password);
    assertEquals(200, after.status(), after.body());
  }

  @Test
  void aWrongCurrentPasswordCountsAsAFailedLogin() {
    Http admin = Accounts.admin();
    String username = Accounts.uniqueName("changer");
    long id = newViewer(username);
    FromAddress client = new FromAddress("127.0.0.6");
    Map<String, String> auth =
        Map.of("Authorization", FromAddress.basic(username, "Temporary-Pw-1"));
    for (int i = 0; i < 7; i++) {
      pause(i == 5 ? 1100 : i == 6 ? 2100 : 0);
      Answer refused =
          client.send("POST", "/api/me/password", auth, change("Wrong-Current-" + i, NEW_PASSWORD));
      assertEquals(400, refused.status(), refused.body());
      assertTrue(refused.body().contains("currentPassword"), refused.body());
    }
    assertTrue(Http.object(admin.get("/api/accounts/" + id), 200).getBoolean("locked"));
    assertEquals(1, audit(admin, Map.of("actor", username, "action", "LOGIN_FAILURE")).size());
    // The address now waits: even the right password is refused, before any remembered one counts.
    Answer delayed =
        client.send("POST", "/api/me/password", auth, change("Temporary-Pw-1", NEW_PASSWORD));
    assertEquals(401, delayed.status(), delayed.body());

    Http.object(admin.post("/api/accounts/" + id + "/unlock", ""), 200);
    Answer changed =
        client.send("POST", "/api/me/password", auth, change("Temporary-Pw-1", NEW_PASSWORD));
    assertEquals(204, changed.status(), changed.body());
  }

  @Test
  void aPasswordChangeEndsTheOtherSessionsOfTheUser() {
    Http admin = Accounts.admin();
    String username = Accounts.uniqueName("sesi");
    long id = newViewer(username);
    Accounts.changePassword(
        Http.basic(username, "Temporary-Pw-1"), "Temporary-Pw-1", Accounts.PASSWORD);

    Browser office = new Browser();
    Browser phone = new Browser();
    assertEquals(302, office.login(username, Accounts.PASSWORD, null).statusCode());
    assertEquals(302, phone.login(username, Accounts.PASSWORD, null).statusCode());
    assertEquals(200, office.http().get("/").statusCode());
    assertEquals(200, phone.http().get("/").statusCode());

    Accounts.changePassword(
        Http.basic(username, Accounts.PASSWORD), Accounts.PASSWORD, NEW_PASSWORD);
    for (Browser b : List.of(office, phone)) {
      HttpResponse<String> page = b.http().get("/");
      assertEquals(302, page.statusCode(), "the session ended: " + page.body());
      assertTrue(
          page.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
          page.headers().toString());
    }
    assertEquals(401, Http.basic(username, Accounts.PASSWORD).get("/api/me").statusCode());

    // An administrator's reset ends the sessions too.
    Browser again = new Browser();
    assertEquals(302, again.login(username, NEW_PASSWORD, null).statusCode());
    assertEquals(200, again.http().get("/").statusCode());
    Http.object(
        admin.post(
            "/api/accounts/" + id + "/password-reset",
            "{\"temporaryPassword\":\"Sementara-Pw-9\"}"),
        200);
    assertEquals(302, again.http().get("/").statusCode());
  }

  @Test
  void commonAndBreachedPasswordsAreRefused() {
    Http admin = Accounts.admin();
    Http user = Accounts.newcomer(Accounts.uniqueName("umum"), "VIEWER", "18");
    for (String common : List.of("Bismillah123", "password123", "P@ssw0rd2026!", "Indonesia1945")) {
      JsonObject problem =
          Http.problem(user.post("/api/me/password", change("Temporary-Pw-1", common)), 400);
      JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
      assertEquals("newPassword", error.getString("field"), problem.toString());
      assertEquals("password-common", error.getString("rule"), problem.toString());
    }
    JsonObject refused =
        Http.problem(
            admin.post(
                "/api/accounts",
                Json.createObjectBuilder()
                    .add("username", Accounts.uniqueName("umum"))
                    .add("fullName", "Umum")
                    .add("role", "VIEWER")
                    .add("scope", "18")
                    .add("temporaryPassword", "rahasia12345")
                    .build()
                    .toString()),
            400);
    assertEquals(
        "password-common", refused.getJsonArray("errors").getJsonObject(0).getString("rule"));
  }

  /** Creates a viewer of the province with its temporary password still set; returns its id. */
  private static long newViewer(String username) {
    return Accounts.create(Accounts.admin(), username, "VIEWER", "18")
        .getJsonNumber("id")
        .longValue();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String change(String current, String next) {
    return Json.createObjectBuilder()
        .add("currentPassword", current)
        .add("newPassword", next)
        .build()
        .toString();
  }

  private static JsonArray audit(Http as, Map<String, String> filter) {
    String query =
        filter.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&", "/api/audit?size=200&", ""));
    return Http.object(as.get(query), 200).getJsonArray("content");
  }
}
