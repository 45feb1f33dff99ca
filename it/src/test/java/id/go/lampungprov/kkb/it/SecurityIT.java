package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authentication, the role × scope matrix on accounts, and the audit trail, over HTTP (login
 * throttling: {@link LoginThrottlingIT}).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  @Test
  void unauthenticatedApiCallsAreChallenged() {
    for (String path : List.of("/api/regions/18", "/api/accounts", "/api/audit", "/api/me")) {
      HttpResponse<String> response = Http.anonymous().get(path);
      Http.problem(response, 401);
      assertTrue(
          response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="),
          path + " " + response.headers());
    }
    Http.problem(Http.basic("admin", "wrong").get("/api/regions/18"), 401);
    Http.problem(
        Http.basic("nobody-" + System.nanoTime(), "whatever-pw").get("/api/regions/18"), 401);
    // Open: readiness needs no account, nor the API's own liveness (the benchmark's yardstick),
    // which says nothing more than that.
    assertEquals(200, Http.anonymous().get("/health/ready").statusCode());
    JsonObject pong = Http.object(Http.anonymous().get("/api/ping"), 200);
    assertEquals(Json.createObjectBuilder().add("status", "UP").build(), pong);
    // A wrong password on the open endpoint is still refused, not ignored.
    Http.problem(Http.basic("admin", "wrong").get("/api/ping"), 401);
  }

  @Test
  void temporaryPasswordMustBeChangedFirst() {
    String username = Accounts.uniqueName("newbie");
    Http newbie = Accounts.newcomer(username, "VIEWER", "18");
    JsonObject problem = Http.problem(newbie.get("/api/regions/18"), 403);
    assertTrue(problem.getString("detail").contains("/api/me/password"), problem.toString());
    assertTrue(Http.object(newbie.get("/api/me"), 200).getBoolean("mustChangePassword"));

    // The policy is checked and named.
    JsonObject weak =
        Http.problem(
            newbie.post(
                "/api/me/password",
                "{\"currentPassword\":\"Temporary-Pw-1\",\"newPassword\":\"short\"}"),
            400);
    assertEquals("newPassword", weak.getJsonArray("errors").getJsonObject(0).getString("field"));

    Accounts.changePassword(newbie, "Temporary-Pw-1", Accounts.PASSWORD);
    assertEquals(200, Http.basic(username, Accounts.PASSWORD).get("/api/regions/18").statusCode());
    assertEquals(401, newbie.get("/api/regions/18").statusCode(), "old password no longer works");
  }

  @Test
  void onlyAdministratorsManageAccountsAndOnlyTheyAndProvinceOfficersReadTheAudit() {
    Http viewer = Accounts.user("VIEWER", "18");
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http assessor = Accounts.user("ASSESSOR", "18");
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    String newAccount =
        "{\"username\":\"x-"
            + System.nanoTime()
            + "\",\"fullName\":\"X\",\"role\":\"VIEWER\",\"scope\":\"18\",\"temporaryPassword\":\"Temporary-Pw-1\"}";
    for (Http caller : List.of(viewer, operator, assessor, officer)) {
      Http.problem(caller.get("/api/accounts"), 403);
      Http.problem(caller.post("/api/accounts", newAccount), 403);
    }
    for (Http caller : List.of(viewer, operator, assessor)) {
      Http.problem(caller.get("/api/audit"), 403);
    }
    assertEquals(200, officer.get("/api/audit").statusCode());
    assertEquals(200, Accounts.admin().get("/api/audit").statusCode());
    // Everyone reads the gazetteer.
    for (Http caller : List.of(viewer, operator, assessor, officer)) {
      assertEquals(200, caller.get("/api/regions/18.07").statusCode());
    }
  }

  @Test
  void aRegencyAdministratorStaysInsideTheRegency() {
    Http admin = Accounts.admin();
    String regencyAdminName = Accounts.uniqueName("admin-lt");
    Accounts.create(admin, regencyAdminName, "ADMIN", "18.07");
    Accounts.changePassword(
        Http.basic(regencyAdminName, "Temporary-Pw-1"), "Temporary-Pw-1", Accounts.PASSWORD);
    Http regencyAdmin = Http.basic(regencyAdminName, Accounts.PASSWORD);

    // Inside its scope: allowed.
    JsonObject inside =
        Accounts.create(regencyAdmin, Accounts.uniqueName("op-lt"), "REGENCY_OPERATOR", "18.07.04");
    assertEquals("18.07.04", inside.getString("scope"));

    // Outside: refused, and nothing is written.
    long before = Http.total(admin.get("/api/accounts?size=1"));
    String outsideName = Accounts.uniqueName("op-ls");
    Http.problem(
        regencyAdmin.post(
            "/api/accounts",
            "{\"username\":\""
                + outsideName
                + "\",\"fullName\":\"Y\",\"role\":\"REGENCY_OPERATOR\",\"scope\":\"18.01\","
                + "\"temporaryPassword\":\"Temporary-Pw-1\"}"),
        403);
    long after = Http.total(admin.get("/api/accounts?size=1"));
    assertEquals(before, after);

    // A record in 18.01 is invisible (404, not 403) and never listed.
    JsonObject elsewhere =
        Accounts.create(admin, Accounts.uniqueName("op-ls"), "REGENCY_OPERATOR", "18.01");
    Http.problem(regencyAdmin.get("/api/accounts/" + elsewhere.getJsonNumber("id")), 404);
    JsonObject listed = Http.object(regencyAdmin.get("/api/accounts?size=200"), 200);
    for (JsonValue a : listed.getJsonArray("content")) {
      assertTrue(a.asJsonObject().getString("scope").startsWith("18.07"), a.toString());
    }
  }

  @Test
  void changesAreAuditedWithOldAndNewValues() {
    Http admin = Accounts.admin();
    JsonObject created = Accounts.create(admin, Accounts.uniqueName("audited"), "VIEWER", "18");
    String id = created.getJsonNumber("id").toString();
    String update =
        Json.createObjectBuilder()
            .add("fullName", "Siti Rahmawati")
            .add("nip", "19860926 201505 2 001")
            .add("role", "ASSESSOR")
            .add("scope", "18.07")
            .add("active", true)
            .add("version", created.getJsonNumber("version").longValue())
            .build()
            .toString();
    JsonObject updated = Http.object(admin.put("/api/accounts/" + id, update), 200);
    assertEquals("198609262015052001", updated.getString("nip"));

    // A second update with the stale version is refused and changes nothing.
    Http.problem(admin.put("/api/accounts/" + id, update.replace("Siti Rahmawati", "Other")), 412);

    JsonArray history = audit(admin, Map.of("entityType", "Account", "entityId", id));
    JsonObject creation = find(history, "CREATE");
    assertTrue(creation.getString("newValue").contains("VIEWER"), creation.toString());
    assertFalse(creation.getString("newValue").contains("PBKDF2"), "no password hash in the audit");
    JsonObject change = find(history, "UPDATE");
    assertEquals("admin", change.getString("actor"));
    JsonObject oldValue =
        Json.createReader(new java.io.StringReader(change.getString("oldValue"))).readObject();
    JsonObject newValue =
        Json.createReader(new java.io.StringReader(change.getString("newValue"))).readObject();
    assertEquals("VIEWER", oldValue.getString("role"));
    assertEquals("ASSESSOR", newValue.getString("role"));
    assertEquals("Siti Rahmawati", newValue.getString("fullName"));
    assertFalse(newValue.containsKey("version"));
    assertEquals(1, count(history, "UPDATE"), "the refused update left no trace: " + history);

    HttpResponse<String> csv = admin.get("/api/audit/export?entityType=Account&entityId=" + id);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("id,occurred_at,actor,action"), csv.body());
    assertTrue(csv.body().contains("Siti Rahmawati"), csv.body());
  }

  @Test
  void badAccountInputIsRejectedWithTheFieldNamed() {
    Http admin = Accounts.admin();
    Map<String, String> cases =
        Map.of(
            "nip",
                "{\"username\":\"u-"
                    + System.nanoTime()
                    + "\",\"fullName\":\"A\",\"nip\":\"123\",\"role\":\"VIEWER\",\"scope\":\"18\",\"temporaryPassword\":\"Temporary-Pw-1\"}",
            "role",
                "{\"username\":\"u-"
                    + System.nanoTime()
                    + "\",\"fullName\":\"A\",\"role\":\"KING\",\"scope\":\"18\",\"temporaryPassword\":\"Temporary-Pw-1\"}",
            "scope",
                "{\"username\":\"u-"
                    + System.nanoTime()
                    + "\",\"fullName\":\"A\",\"role\":\"VIEWER\",\"scope\":\"99.99\",\"temporaryPassword\":\"Temporary-Pw-1\"}",
            "username",
                "{\"username\":\"A B\",\"fullName\":\"A\",\"role\":\"VIEWER\",\"scope\":\"18\",\"temporaryPassword\":\"Temporary-Pw-1\"}",
            "fullName",
                "{\"username\":\"u-"
                    + System.nanoTime()
                    + "\",\"role\":\"VIEWER\",\"scope\":\"18\",\"temporaryPassword\":\"Temporary-Pw-1\"}");
    cases.forEach(
        (field, body) -> {
          JsonObject problem = Http.problem(admin.post("/api/accounts", body), 400);
          assertEquals(
              field,
              problem.getJsonArray("errors").getJsonObject(0).getString("field"),
              problem.toString());
        });
    Http.problem(admin.post("/api/accounts", "{not json"), 400);
    Http.problem(admin.get("/api/accounts/abc"), 404);
    Http.problem(admin.get("/api/accounts/99999999"), 404);
    JsonObject taken =
        Http.problem(
            admin.post(
                "/api/accounts",
                "{\"username\":\"admin\",\"fullName\":\"A\",\"role\":\"VIEWER\",\"scope\":\"18\",\"temporaryPassword\":\"Temporary-Pw-1\"}"),
            409);
    assertEquals("username", taken.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void theNationalScopeIsForViewersAndAdministratorsAndReadsTheWholeRegistry() {
    Http admin = Accounts.admin();
    // The province administrator, the installation's top administrator, makes national accounts.
    Http national = Accounts.user("VIEWER", "ID");
    assertEquals("ID", Http.object(national.get("/api/me"), 200).getString("scope"));

    // The Kampung KB list without a filter is the whole country (this server loads Lampung only,
    // so as many as the province sees), narrowed by any region asked for.
    long all = Http.total(national.get("/api/kampung-kb?size=1"));
    assertEquals(Http.total(admin.get("/api/kampung-kb?size=1")), all);
    long lampungTimur = Http.total(Accounts.user("VIEWER", "18.07").get("/api/kampung-kb?size=1"));
    assertTrue(all > lampungTimur, all + " against " + lampungTimur);
    assertEquals(lampungTimur, Http.total(national.get("/api/kampung-kb?region=18.07&size=1")));
    JsonObject first = Http.object(national.get("/api/kampung-kb?q=a&size=1"), 200);
    assertTrue(first.getJsonNumber("totalElements").longValue() > 0, first.toString());
    JsonObject stats = Http.object(national.get("/api/statistics/kampung-kb"), 200);
    assertTrue(stats.getJsonObject("total").getJsonNumber("total").longValue() > 0, "" + stats);
    Http.object(national.get("/api/regions/18.07"), 200);
    Http.object(national.get("/api/events?size=1"), 200);
    assertEquals(200, national.get("/api/assessments").statusCode());
    Http.object(national.get("/api/classifications"), 200);

    // Roles that work inside a province are refused the national scope, naming it.
    for (String role : List.of("REGENCY_OPERATOR", "PROVINCE_OFFICER", "ASSESSOR")) {
      Http.assertRefused(
          admin.post(
              "/api/accounts",
              "{\"username\":\""
                  + Accounts.uniqueName("id-" + role.toLowerCase().replace('_', '-'))
                  + "\",\"fullName\":\"N\",\"role\":\""
                  + role
                  + "\",\"scope\":\"ID\",\"temporaryPassword\":\"Temporary-Pw-1\"}"),
          400,
          "scope",
          "national-scope-role");
    }
    // So is a national account whose role becomes one of them.
    JsonObject viewer = Accounts.create(admin, Accounts.uniqueName("nasional"), "VIEWER", "ID");
    Http.assertRefused(
        admin.put(
            "/api/accounts/" + viewer.getJsonNumber("id"),
            Json.createObjectBuilder()
                .add("fullName", "Nasional")
                .add("role", "REGENCY_OPERATOR")
                .add("scope", "ID")
                .add("active", true)
                .build()
                .toString()),
        400,
        "scope",
        "national-scope-role");

    // A regency administrator cannot make or see national accounts.
    String regencyAdminName = Accounts.username("ADMIN", "18.07");
    Http regencyAdmin = Http.basic(regencyAdminName, Accounts.PASSWORD);
    Http.problem(
        regencyAdmin.post(
            "/api/accounts",
            "{\"username\":\""
                + Accounts.uniqueName("id-viewer")
                + "\",\"fullName\":\"N\",\"role\":\"VIEWER\",\"scope\":\"ID\","
                + "\"temporaryPassword\":\"Temporary-Pw-1\"}"),
        403);
    Http.problem(regencyAdmin.get("/api/accounts/" + viewer.getJsonNumber("id")), 404);

    // A national administrator manages accounts of every scope and reads the whole audit trail.
    Http nationalAdmin = Accounts.user("ADMIN", "ID");
    Http.object(nationalAdmin.get("/api/accounts/" + viewer.getJsonNumber("id")), 200);
    assertTrue(
        Http.total(nationalAdmin.get("/api/accounts?size=1"))
            >= Http.total(admin.get("/api/accounts?size=1")));
    assertTrue(
        count(audit(nationalAdmin, Map.of("entityType", "Account")), "CREATE") > 0,
        "the national administrator reads the audit trail");
  }

  private static JsonArray audit(Http as, Map<String, String> filter) {
    StringBuilder query = new StringBuilder("/api/audit?size=200");
    filter.forEach(
        (k, v) ->
            query
                .append('&')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return Http.object(as.get(query.toString()), 200).getJsonArray("content");
  }

  private static long count(JsonArray entries, String action) {
    return entries.stream()
        .filter(e -> action.equals(e.asJsonObject().getString("action")))
        .count();
  }

  private static JsonObject find(JsonArray entries, String action) {
    return entries.stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> action.equals(e.getString("action")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " in " + entries));
  }
}
