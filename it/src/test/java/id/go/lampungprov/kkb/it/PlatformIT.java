package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, API description, error contract and the staff pages of the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Test
  void readyOnceTheSchemaIsMigrated() {
    HttpResponse<String> response = Http.anonymous().get("/health/ready");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject health = Http.json(response).asJsonObject();
    assertEquals("UP", health.getString("status"));
    // Several readiness checks (database, synthetic data) answer in no fixed order.
    JsonObject database =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> "database".equals(c.getString("name")))
            .findFirst()
            .orElseThrow();
    assertTrue(database.getJsonObject("data").getString("schemaVersion").matches("\\d+"));
    // The server inherits this JVM's environment: DB_URL set means the suite runs on PostgreSQL.
    String dbUrl = System.getenv("DB_URL");
    String expected = dbUrl != null && dbUrl.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
    assertEquals(expected, database.getJsonObject("data").getString("database"));
    assertEquals(
        "0", database.getJsonObject("data").get("pendingMigrations").toString().replace("\"", ""));
  }

  @Test
  void openApiDescribesTheRegionEndpointsAndProblems() {
    Http.problem(Http.anonymous().get("/openapi", "application/json"), 401);
    HttpResponse<String> response = Accounts.admin().get("/openapi", "application/json");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject doc = Http.json(response).asJsonObject();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path :
        new String[] {"/api/regions", "/api/regions/{code}", "/api/regions/{code}/children"}) {
      assertTrue(paths.containsKey(path), "missing " + path + " in " + paths.keySet());
    }
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    assertTrue(schemas.containsKey("Problem"), schemas.keySet().toString());
    assertTrue(schemas.containsKey("Region"), schemas.keySet().toString());
    // The error contract is documented on every operation.
    JsonObject register =
        paths.getJsonObject("/api/kampung-kb").getJsonObject("post").getJsonObject("responses");
    for (String code : new String[] {"201", "400", "401", "403", "409"}) {
      assertTrue(register.containsKey(code), code + " in " + register.keySet());
    }
    assertTrue(
        register
            .getJsonObject("409")
            .getJsonObject("content")
            .containsKey("application/problem+json"));
    JsonObject replace =
        paths.getJsonObject("/api/kampung-kb/{id}").getJsonObject("put").getJsonObject("responses");
    assertTrue(
        replace.containsKey("412") && replace.containsKey("404"), replace.keySet().toString());
    // Parameters a resource reads once for all its operations are documented on each of them.
    assertParameters(paths, "/api/audit", "get", "actor", "entityType", "from", "page");
    assertParameters(paths, "/api/audit/export", "get", "actor", "entityId", "to");
    assertParameters(paths, "/api/reports/rekapitulasi", "post", "region", "year", "signature");
    assertParameters(paths, "/api/events/{id}/follow-ups", "post", "id");
    // Requests that share fields through a common base still document every field.
    assertProperties(
        schemas, "AccountRequest", "username", "fullName", "scope", "temporaryPassword");
    assertProperties(schemas, "AccountUpdateRequest", "fullName", "role", "active");
    assertProperties(schemas, "PokjaMemberRequest", "personId", "termStart", "role", "trained");
  }

  /** The schema's own properties and those of the schemas it extends (allOf). */
  private static void assertProperties(JsonObject schemas, String name, String... properties) {
    Set<String> documented = new HashSet<>();
    JsonObject schema = schemas.getJsonObject(name);
    List<JsonObject> parts = new ArrayList<>(List.of(schema));
    if (schema.containsKey("allOf")) {
      schema.getJsonArray("allOf").getValuesAs(JsonObject.class).forEach(parts::add);
    }
    for (JsonObject part : parts) {
      if (part.containsKey("$ref")) {
        String ref = part.getString("$ref");
        part = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
      }
      if (part.containsKey("properties")) {
        documented.addAll(part.getJsonObject("properties").keySet());
      }
    }
    for (String property : properties) {
      assertTrue(documented.contains(property), name + ": " + documented);
    }
  }

  private static void assertParameters(
      JsonObject paths, String path, String method, String... names) {
    List<String> documented =
        paths.getJsonObject(path).getJsonObject(method).getJsonArray("parameters").stream()
            .map(p -> p.asJsonObject().getString("name"))
            .toList();
    for (String name : names) {
      assertTrue(documented.contains(name), method + " " + path + ": " + documented);
    }
  }

  @Test
  void unknownApiPathAndWrongMethodAnswerProblems() {
    Http.problem(Accounts.admin().get("/api/no-such-thing"), 404);
    HttpResponse<String> post =
        Accounts.admin()
            .send(
                HttpRequest.newBuilder(URI.create(Http.BASE + "/api/regions/18"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json"));
    Http.problem(post, 405);
  }

  @Test
  void staffPagesNeedALoginThenSpeakBahasaIndonesia() {
    Browser browser = new Browser();
    HttpResponse<String> anonymous = browser.http().get("/wilayah.xhtml?code=18.07.04");
    assertEquals(302, anonymous.statusCode());
    assertTrue(
        anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="),
        anonymous.headers().toString());

    Accounts.admin();
    HttpResponse<String> afterLogin =
        browser.login("admin", Accounts.ADMIN_PASSWORD, "/wilayah.xhtml?code=18.07.04");
    assertEquals(302, afterLogin.statusCode(), afterLogin.body());
    assertTrue(
        afterLogin
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/wilayah.xhtml?code=18.07.04"));

    String regions = browser.page("/wilayah.xhtml?code=18.07.04");
    assertTrue(regions.contains("Sidodadi"), regions);
    assertTrue(regions.contains("Kabupaten Lampung Timur"), regions);
    assertTrue(regions.contains("Kecamatan"), regions);
    assertTrue(regions.contains("Keluar"), "logout link in Bahasa Indonesia");
    assertTrue(regions.contains("ODbL"), "gazetteer attribution on every page");

    String bad = browser.page("/wilayah.xhtml?code=zz");
    assertTrue(bad.contains("Wilayah tidak ditemukan"), bad);
  }

  @Test
  void wrongPasswordOnTheLoginPageShowsAMessage() {
    Browser browser = new Browser();
    HttpResponse<String> page = browser.login("admin", "not-the-password", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Nama pengguna atau kata sandi salah"), page.body());
  }

  @Test
  void administratorsManageUsersOnTheirPageAndSeeTheAuditTrail() {
    Browser admin = new Browser();
    Accounts.admin();
    assertEquals(302, admin.login("admin", Accounts.ADMIN_PASSWORD, null).statusCode());
    String users = admin.page("/admin/pengguna.xhtml");
    assertTrue(users.contains("Pengguna baru"), users);

    String name = Accounts.uniqueName("ui");
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("username", name);
    fields.put("fullName", "Dewi Lestari");
    fields.put("nip", "");
    fields.put("email", "");
    fields.put("role_input", "VIEWER");
    fields.put("scope", "99.99");
    fields.put("temporaryPassword", "Temporary-Pw-1");
    HttpResponse<String> refused =
        admin.submit("/admin/pengguna.xhtml", "account", fields, "create");
    assertEquals(200, refused.statusCode());
    assertTrue(refused.body().contains("99.99"), "what was typed is kept");
    assertTrue(refused.body().contains("Dewi Lestari"), "what was typed is kept");
    assertTrue(refused.body().contains("Wilayah tidak dikenal."), refused.body());

    fields.put("scope", "18.07");
    HttpResponse<String> created =
        admin.submit("/admin/pengguna.xhtml", "account", fields, "create");
    assertTrue(created.body().contains("Pengguna dibuat: " + name), created.body());
    JsonObject me = Http.object(Http.basic(name, "Temporary-Pw-1").get("/api/me"), 200);

    // Editing: the page opens with ?ubah=id; role, scope and status change, the audit records it.
    String edit = "/admin/pengguna.xhtml?ubah=" + me.getJsonNumber("id");
    java.util.Map<String, String> changes = new java.util.LinkedHashMap<>();
    changes.put("editId", me.getJsonNumber("id").toString());
    changes.put("editVersion", me.getJsonNumber("version").toString());
    changes.put("fullName", "Dewi Lestari, S.Sos.");
    changes.put("nip", "");
    changes.put("email", "");
    changes.put("role_input", "ASSESSOR");
    changes.put("scope", "18.07.04");
    changes.put("active_input", "on");
    HttpResponse<String> saved = admin.submit(edit, "edit", changes, "save");
    assertTrue(saved.body().contains("Perubahan disimpan"), saved.body());
    JsonObject after =
        Http.object(Accounts.admin().get("/api/accounts/" + me.getJsonNumber("id")), 200);
    assertEquals("ASSESSOR", after.getString("role"));
    assertEquals("18.07.04", after.getString("scope"));
    // The account's own next call sees the change at once, though /api/me answers from memory
    // and the password is remembered: the change drops what was kept of the account.
    JsonObject own = Http.object(Http.basic(name, "Temporary-Pw-1").get("/api/me"), 200);
    assertEquals("ASSESSOR", own.getString("role"));
    assertEquals("18.07.04", own.getString("scope"));
    assertEquals("Dewi Lestari, S.Sos.", own.getString("fullName"));
    assertFalse(own.isNull("lastLoginAt"), own.toString());

    String audit = admin.page("/admin/audit.xhtml");
    assertTrue(audit.contains("LOGIN_SUCCESS"), audit);
  }

  @Test
  void otherRolesCannotOpenTheAdministrationPages() {
    Browser viewer = new Browser();
    String name = Accounts.uniqueName("viewer-ui");
    Accounts.create(Accounts.admin(), name, "VIEWER", "18");
    Accounts.changePassword(
        Http.basic(name, "Temporary-Pw-1"), "Temporary-Pw-1", Accounts.PASSWORD);
    assertEquals(302, viewer.login(name, Accounts.PASSWORD, null).statusCode());
    assertEquals(403, viewer.http().get("/admin/pengguna.xhtml").statusCode());
    assertEquals(403, viewer.http().get("/admin/audit.xhtml").statusCode());
    assertEquals(200, viewer.http().get("/wilayah.xhtml").statusCode());
  }
}
