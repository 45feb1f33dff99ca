package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives the Faces login form the way a browser submits it (cookies, view state). */
final class Browser {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  /** The page's Content-Security-Policy nonce, which PrimeFaces' scripts send back with a form. */
  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  private final Http http = Http.browser();

  Http http() {
    return http;
  }

  /** Opens a page of the session (200) and returns its HTML. */
  String page(String path) {
    HttpResponse<String> page = http.get(path);
    assertEquals(200, page.statusCode(), page.body());
    return page.body();
  }

  /**
   * Submits the login form; returns the answer to the POST (302 on success, 200 with a message
   * otherwise).
   */
  HttpResponse<String> login(String username, String password, String next) {
    String query = next == null ? "" : "?next=" + enc(next);
    HttpResponse<String> form = http.get("/login.xhtml" + query);
    assertEquals(200, form.statusCode(), form.body());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    assertTrue(viewState.find(), "view state in " + form.body());
    String body =
        "login=login"
            + "&login%3Ausername="
            + enc(username)
            + "&login%3Apassword="
            + enc(password)
            + "&login%3Anext="
            + enc(next == null ? "" : next)
            + "&login%3Asubmit="
            + "&jakarta.faces.ViewState="
            + enc(viewState.group(1))
            + nonce(form.body());
    return http.postForm("/login.xhtml" + query, body);
  }

  /** Opens a page and submits one of its forms with these fields (ids without the form prefix). */
  HttpResponse<String> submit(
      String path, String form, java.util.Map<String, String> fields, String button) {
    HttpResponse<String> page = http.get(path);
    assertEquals(200, page.statusCode(), page.body());
    Matcher viewState = VIEW_STATE.matcher(page.body());
    assertTrue(viewState.find(), "view state in " + page.body());
    StringBuilder body = new StringBuilder(enc(form) + "=" + enc(form));
    fields.forEach(
        (k, v) -> body.append('&').append(enc(form + ":" + k)).append('=').append(enc(v)));
    body.append('&').append(enc(form + ":" + button)).append('=');
    body.append("&jakarta.faces.ViewState=").append(enc(viewState.group(1)));
    body.append(nonce(page.body()));
    return http.postForm(path, body.toString());
  }

  private static String nonce(String page) {
    Matcher nonce = NONCE.matcher(page);
    assertTrue(nonce.find(), "a script with the page's nonce in " + page);
    return "&primefaces.nonce=" + enc(nonce.group(1));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
