package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail read by scope (API list, CSV export, staff page), failed logins that keep nothing
 * typed, a consistent export, and the role × scope-level table with the administrators' grant
 * rights, over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class AuditScopeIT {

  @Test
  void aRegencyAdministratorReadsOnlyItsRegencysAuditTrail() {
    Http admin = Accounts.admin();
    String regencyAdminName = regencyAdministrator();
    Http regencyAdmin = Http.basic(regencyAdminName, Accounts.PASSWORD);
    String insiderName = Accounts.uniqueName("dalam");
    JsonObject insider = Accounts.create(regencyAdmin, insiderName, "VIEWER", "18.07.04");
    String outsiderName = Accounts.uniqueName("luar");
    JsonObject outsider = Accounts.create(admin, outsiderName, "VIEWER", "18.01");

    // The API list: only entries about the regency or below it.
    JsonObject own = Http.object(regencyAdmin.get("/api/audit?size=200"), 200);
    assertFalse(own.getJsonArray("content").isEmpty());
    for (JsonValue e : own.getJsonArray("content")) {
      assertTrue(
          e.asJsonObject().getString("region", "").startsWith("18.07"),
          "outside the regency: " + e);
    }
    long provinceTotal = Http.total(admin.get("/api/audit?size=1"));
    assertTrue(own.getJsonNumber("totalElements").longValue() < provinceTotal);
    String aboutOutsider = "entityType=Account&entityId=" + outsider.getJsonNumber("id");
    assertEquals(
        0,
        Http.object(regencyAdmin.get("/api/audit?" + aboutOutsider), 200).getInt("totalElements"));
    JsonArray seenByProvince =
        Http.object(admin.get("/api/audit?" + aboutOutsider), 200).getJsonArray("content");
    assertEquals("18.01", seenByProvince.getJsonObject(0).getString("region"));
    JsonArray aboutInsider =
        Http.object(
                regencyAdmin.get("/api/audit?entityType=Account&entityId=" + insider.get("id")),
                200)
            .getJsonArray("content");
    assertEquals("18.07.04", aboutInsider.getJsonObject(0).getString("region"));

    // The export: the same rows, as CSV.
    HttpResponse<String> csv = regencyAdmin.get("/api/audit/export?entityType=Account");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("id,occurred_at,actor,action"), csv.body());
    assertTrue(csv.body().contains(insiderName), "the regency's own account is exported");
    assertFalse(csv.body().contains(outsiderName), "another regency's account is not");
    assertTrue(admin.get("/api/audit/export?entityType=Account").body().contains(outsiderName));

    // The staff page.
    assertFalse(auditPage(regencyAdminName, Accounts.PASSWORD).contains(outsiderName));
    assertTrue(auditPage(regencyAdminName, Accounts.PASSWORD).contains(insiderName));
    assertTrue(auditPage("admin", Accounts.ADMIN_PASSWORD).contains(outsiderName));
  }

  @Test
  void aFailedLoginWithAnUnknownUserNameKeepsNothingOfWhatWasTyped() {
    Http admin = Accounts.admin();
    // People type their password into the user name field.
    String typed = "Rahasia-" + System.nanoTime();
    Http.problem(Http.basic(typed, "whatever-pw").get("/api/me"), 401);
    JsonArray failures =
        Http.object(admin.get("/api/audit?action=LOGIN_FAILURE&size=50"), 200)
            .getJsonArray("content");
    assertFalse(failures.isEmpty());
    String lower = typed.toLowerCase(Locale.ROOT);
    assertFalse(failures.toString().toLowerCase(Locale.ROOT).contains(lower), failures.toString());
    // Unknown names' failures are folded under one actor (1st, 10th, 100th… failure of a window).
    JsonArray unknown =
        Http.object(admin.get("/api/audit?action=LOGIN_FAILURE&actor=(unknown)&size=5"), 200)
            .getJsonArray("content");
    assertFalse(unknown.isEmpty(), "no folded entry of unknown user names");
    assertEquals("(unknown)", unknown.getJsonObject(0).getString("actor"));
    assertFalse(
        admin
            .get("/api/audit/export?action=LOGIN_FAILURE")
            .body()
            .toLowerCase(Locale.ROOT)
            .contains(lower));
    // Nobody below the province sees failures that belong to no region.
    Http regencyAdmin = Http.basic(regencyAdministrator(), Accounts.PASSWORD);
    JsonArray regencyFailures =
        Http.object(regencyAdmin.get("/api/audit?action=LOGIN_FAILURE&size=200"), 200)
            .getJsonArray("content");
    for (JsonValue e : regencyFailures) {
      assertFalse(e.toString().contains("unknown user name"), e.toString());
    }
  }

  @Test
  void theExportNeitherRepeatsNorSkipsRowsWhileEntriesAreAdded() throws Exception {
    Http admin = Accounts.admin();
    long before = Http.total(admin.get("/api/audit?size=1"));
    List<Long> ids = new ArrayList<>();
    URI base = URI.create(Http.BASE);
    try (Socket socket = new Socket()) {
      // A small receive window: the server must wait for the reader, so entries added meanwhile
      // land between the chunks it queries.
      socket.setReceiveBufferSize(4096);
      socket.connect(
          new java.net.InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort()),
          10_000);
      socket.setSoTimeout(120_000);
      String credentials =
          Base64.getEncoder()
              .encodeToString(
                  ("admin:" + Accounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/audit/export HTTP/1.0\r\nHost: "
                  + base.getHost()
                  + "\r\nAuthorization: Basic "
                  + credentials
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      CsvIds csv = new CsvIds(socket.getInputStream());
      assertTrue(csv.statusLine.contains(" 200"), csv.statusLine);
      ids.add(csv.next());
      Thread.sleep(1500);
      for (int i = 0; i < 5; i++) {
        Accounts.create(admin, Accounts.uniqueName("sela"), "VIEWER", "18");
      }
      for (Long id = csv.next(); id != null; id = csv.next()) {
        ids.add(id);
      }
    }
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(
          ids.get(i) < ids.get(i - 1),
          "newest first, each once: " + ids.get(i - 1) + " then " + ids.get(i) + " at row " + i);
    }
    assertTrue(ids.size() >= before, ids.size() + " rows, " + before + " entries before");
  }

  @Test
  void rolesKeepTheirScopeLevelsAndAdministratorsGrantNoMoreThanTheirOwnRights() {
    Http admin = Accounts.admin();
    long accountsBefore = accountCount(admin);
    // Even the province's administrator cannot scope a role to a level it does not have.
    assertRefused(admin, "PROVINCE_OFFICER", "18.07", 400, "scope", "scope-level-for-role");
    assertRefused(admin, "REGENCY_OPERATOR", "18", 400, "scope", "scope-level-for-role");
    assertRefused(admin, "ADMIN", "18.07.04", 400, "scope", "scope-level-for-role");

    Http regencyAdmin = Http.basic(regencyAdministrator(), Accounts.PASSWORD);
    long afterSetup = accountCount(admin);
    assertRefused(regencyAdmin, "PROVINCE_OFFICER", "18.07", 400, "scope", "scope-level-for-role");
    assertRefused(regencyAdmin, "ADMIN", "18.07", 400, "role", "role-beyond-own-rights");
    Http.problem(
        regencyAdmin.post("/api/accounts", request(Accounts.uniqueName("x"), "VIEWER", "18")), 403);
    assertEquals(afterSetup, accountCount(admin), "nothing refused was stored");
    assertEquals(accountsBefore + 1, afterSetup);

    // Raising an account it manages beyond its own rights or the table is refused too.
    JsonObject operator =
        Accounts.create(regencyAdmin, Accounts.uniqueName("op"), "REGENCY_OPERATOR", "18.07");
    String path = "/api/accounts/" + operator.getJsonNumber("id");
    for (String[] change :
        new String[][] {
          {"ADMIN", "18.07", "role", "role-beyond-own-rights"},
          {"PROVINCE_OFFICER", "18.07", "scope", "scope-level-for-role"}
        }) {
      JsonObject problem =
          Http.problem(regencyAdmin.put(path, update(operator, change[0], change[1])), 400);
      JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
      assertEquals(change[2], error.getString("field"), problem.toString());
      assertEquals(change[3], error.getString("rule"), problem.toString());
    }
    assertEquals(
        "REGENCY_OPERATOR", Http.object(admin.get(path), 200).getString("role"), "unchanged");
    // Within the rules, the same change goes through.
    assertEquals(
        "VIEWER",
        Http.object(regencyAdmin.put(path, update(operator, "VIEWER", "18.07.04")), 200)
            .getString("role"));
  }

  /** A new ADMIN of Lampung Timur (18.07) with its password changed; returns the user name. */
  private static String regencyAdministrator() {
    return Accounts.username("ADMIN", "18.07");
  }

  /** The audit page filtered to accounts, as that user sees it. */
  private static String auditPage(String username, String password) {
    Browser browser = new Browser();
    assertEquals(302, browser.login(username, password, null).statusCode());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("actor", "");
    fields.put("entityType", "Account");
    fields.put("entityId", "");
    HttpResponse<String> page = browser.submit("/admin/audit.xhtml", "audit", fields, "filter");
    assertEquals(200, page.statusCode());
    return page.body();
  }

  private static void assertRefused(
      Http as, String role, String scope, int status, String field, String rule) {
    JsonObject problem =
        Http.problem(
            as.post("/api/accounts", request(Accounts.uniqueName("x"), role, scope)), status);
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals(field, error.getString("field"), role + " at " + scope + ": " + problem);
    assertEquals(rule, error.getString("rule"), role + " at " + scope + ": " + problem);
  }

  private static String request(String username, String role, String scope) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("fullName", "Test " + username)
        .add("role", role)
        .add("scope", scope)
        .add("temporaryPassword", "Temporary-Pw-1")
        .build()
        .toString();
  }

  private static String update(JsonObject account, String role, String scope) {
    return Json.createObjectBuilder()
        .add("fullName", account.getString("fullName"))
        .add("role", role)
        .add("scope", scope)
        .add("active", true)
        .add("version", account.getJsonNumber("version").longValue())
        .build()
        .toString();
  }

  private static long accountCount(Http admin) {
    return Http.total(admin.get("/api/accounts?size=1"));
  }

  /**
   * Reads an HTTP/1.0 answer (no chunking) and yields the first field of each CSV record; quoted
   * fields may hold commas, quotes and line breaks.
   */
  private static final class CsvIds {
    final String statusLine;
    private final InputStream in;

    CsvIds(InputStream in) throws IOException {
      this.in = new java.io.BufferedInputStream(in, 1024);
      String status = line();
      for (String header = line(); !header.isEmpty(); header = line()) {
        // skip the headers
      }
      this.statusLine = status;
      line(); // the CSV header row
    }

    private String line() throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
        if (c != '\r') {
          sb.append((char) c);
        }
      }
      return sb.toString();
    }

    /** The id of the next record, or null at the end. */
    Long next() throws IOException {
      StringBuilder first = new StringBuilder();
      boolean quoted = false;
      boolean inFirst = true;
      int c = in.read();
      if (c < 0) {
        return null;
      }
      for (; c >= 0; c = in.read()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && c == ',') {
          inFirst = false;
        } else if (!quoted && c == '\n') {
          break;
        } else if (inFirst && c != '\r') {
          first.append((char) c);
        }
      }
      return Long.valueOf(first.toString());
    }
  }
}
