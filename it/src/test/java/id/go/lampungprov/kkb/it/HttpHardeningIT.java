package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security headers on pages, API answers, files and error pages; the session cookie; the API door
 * chosen by the mapped path; the public address never taken from a forged Host header.
 */
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {

  private static final String CSP = "Content-Security-Policy";

  @Test
  void pagesCarryOnePolicyWhoseNonceTheirScriptsCarry() {
    HttpResponse<String> login = Http.browser().get("/login.xhtml");
    assertEquals(200, login.statusCode(), login.body());
    common(login.headers(), "/login.xhtml");
    List<String> policies = login.headers().allValues(CSP);
    assertEquals(1, policies.size(), "one policy: " + policies);
    String policy = policies.get(0);
    assertTrue(policy.contains("frame-ancestors 'self'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
    assertTrue(nonce.find(), policy);
    String scriptSrc = policy.substring(policy.indexOf("script-src"));
    assertFalse(scriptSrc.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
    // Every script the page holds is a file of this server or carries the nonce.
    Matcher script = Pattern.compile("<script[^>]*>").matcher(login.body());
    int scripts = 0;
    while (script.find()) {
      scripts++;
      assertTrue(
          script.group().contains("nonce=\"" + nonce.group(1) + "\""),
          script.group() + " in " + login.body());
    }
    assertTrue(scripts > 0, login.body());

    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    // Served over plain HTTP without KKB_PUBLIC_URL: neither Secure nor HSTS.
    assertFalse(cookie.toLowerCase().contains("secure"), cookie);
    assertTrue(login.headers().firstValue("Strict-Transport-Security").isEmpty());
  }

  @Test
  void apiAnswersFilesAndErrorPagesCarryTheHeadersToo() {
    HttpResponse<String> challenged = Http.anonymous().get("/api/regions/18");
    assertEquals(401, challenged.statusCode());
    strict(challenged.headers(), "401 of the API");
    HttpResponse<String> region = Accounts.admin().get("/api/regions/18");
    assertEquals(200, region.statusCode());
    strict(region.headers(), "200 of the API");
    HttpResponse<String> missing = Accounts.admin().get("/api/no-such-thing");
    assertEquals(404, missing.statusCode());
    strict(missing.headers(), "404 of the API");

    HttpResponse<String> css = Http.anonymous().get("/jakarta.faces.resource/css/app.css.xhtml");
    assertEquals(200, css.statusCode());
    strict(css.headers(), "static resource");

    Browser browser = new Browser();
    Accounts.admin();
    assertEquals(302, browser.login("admin", Accounts.ADMIN_PASSWORD, null).statusCode());
    HttpResponse<String> notFound = browser.http().get("/tidak-ada-" + System.nanoTime() + ".html");
    assertEquals(404, notFound.statusCode());
    assertTrue(notFound.body().contains("Halaman tidak ditemukan"), notFound.body());
    strict(notFound.headers(), "404 page");

    HttpResponse<String> verify = Http.anonymous().get("/verify/no-such-document");
    assertEquals(404, verify.statusCode());
    strict(verify.headers(), "verification page");
  }

  @Test
  void theApiDoorIsChosenByTheMappedPathNotTheSpelling() {
    Browser browser = new Browser();
    Accounts.admin();
    assertEquals(302, browser.login("admin", Accounts.ADMIN_PASSWORD, null).statusCode());
    assertEquals(200, browser.http().get("/wilayah.xhtml").statusCode(), "logged in");
    // The API never accepts the session cookie, however its path is spelt.
    for (String path : List.of("/api/regions/18", "/%61pi/regions/18", "/api;x=1/regions/18")) {
      HttpResponse<String> response = browser.http().get(path);
      assertEquals(401, response.statusCode(), path + ": " + response.body());
      assertTrue(
          response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), path);
    }
  }

  @Test
  void aForgedHostNeverBecomesTheAddressPrintedInDocuments() throws IOException {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    String username = Http.object(officer.get("/api/me"), 200).getString("username");
    String answer =
        raw(
            "POST /api/reports/rekapitulasi?region=18&year=2020 HTTP/1.1\r\n"
                + "Host: evil.example\r\n"
                + "Authorization: Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (username + ":" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertTrue(answer.contains("host-not-allowed"), answer);
    assertTrue(answer.contains("application/problem+json"), answer);
    // The same request on the server's own address issues the document.
    assertEquals(
        201, officer.post("/api/reports/rekapitulasi?region=18&year=2020", "{}").statusCode());
  }

  private static String raw(String request) throws IOException {
    URI base = URI.create(Http.BASE);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void common(HttpHeaders headers, String what) {
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
    assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
    assertEquals("SAMEORIGIN", headers.firstValue("X-Frame-Options").orElse(""), what);
  }

  /** Answers that are not pages: no script may run in them, and only this site frames them. */
  private static void strict(HttpHeaders headers, String what) {
    common(headers, what);
    List<String> policies = headers.allValues(CSP);
    assertEquals(1, policies.size(), what + ": " + policies);
    assertTrue(policies.get(0).startsWith("default-src 'none'"), what + ": " + policies);
    assertTrue(policies.get(0).contains("frame-ancestors 'self'"), what + ": " + policies);
  }
}
