package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for the tests: plain JDK client, JSON through Jakarta JSON-P. An instance is
 * one caller: anonymous, an API user with HTTP Basic, or a browser-like session with cookies, with
 * connections of its own. Public, as micro's cluster tests call the application through it too.
 */
public final class Http {

  /** The server the tests talk to unless a caller names another (a cluster's instance). */
  public static final String BASE = System.getProperty("kkb.base-url", "http://localhost:8080");

  private final String base;
  private final HttpClient client;
  private final String authorization;

  private Http(String base, String authorization, boolean cookies) {
    this.base = base;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10));
    if (cookies) {
      builder.cookieHandler(new CookieManager());
    }
    this.client = builder.build();
    this.authorization = authorization;
  }

  static Http anonymous() {
    return new Http(BASE, null, false);
  }

  public static Http basic(String username, String password) {
    return basic(BASE, username, password);
  }

  /** An API user of the server at {@code base}, e.g. one instance of a cluster or its balancer. */
  public static Http basic(String base, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(base, "Basic " + token, false);
  }

  /** Keeps cookies between requests, like a browser; no Authorization header. */
  static Http browser() {
    return new Http(BASE, null, true);
  }

  /** The server this caller talks to. */
  public String base() {
    return base;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<String> get(String path, String accept) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
  }

  /** A GET with one more request header, e.g. {@code Cache-Control: no-cache}. */
  HttpResponse<String> get(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> put(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * A change of a stored record: sends the ETag read before as If-Match (required: 428 without; a
   * null ifMatch sends none, to see that refusal).
   */
  public HttpResponse<String> put(String path, String ifMatch, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /** A state change of a stored record (held, approval, deactivation ...) with If-Match. */
  HttpResponse<String> post(String path, String ifMatch, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The ETag of the record at this path, as read now: what a client sends back as If-Match. */
  public String etag(String path) {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response
        .headers()
        .firstValue("ETag")
        .orElseThrow(() -> new AssertionError("no ETag on " + path + ": " + response.headers()));
  }

  HttpResponse<String> postForm(String path, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and keeps the body as bytes (files, PDFs, photos). */
  HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<byte[]> getBytes(String path) {
    return sendForBytes(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts (or puts) a file body with its content type. */
  HttpResponse<String> upload(String method, String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }

  public static JsonObject object(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    return json(response).asJsonObject();
  }

  /** How many rows a page answer (200) has over all its pages: its totalElements. */
  static long total(HttpResponse<String> response) {
    return object(response, 200).getJsonNumber("totalElements").longValue();
  }

  /** Asserts a problem+json answer with this status, and returns the problem. */
  static JsonObject problem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/problem+json"), "content type " + type);
    JsonObject problem = json(response).asJsonObject();
    assertEquals(status, problem.getInt("status"));
    assertTrue(problem.getString("type").startsWith("urn:kampung-kb:problem:"), problem.toString());
    assertTrue(problem.containsKey("title"), problem.toString());
    assertFalse(response.body().contains("Exception"), "no internals: " + response.body());
    return problem;
  }

  /** The first object of a JSON array answer (200) whose {@code key} has this value. */
  static JsonObject element(HttpResponse<String> response, String key, String value) {
    assertEquals(200, response.statusCode(), response.body());
    return json(response).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString(key).equals(value))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + key + " " + value + " in " + response.body()));
  }

  /** Asserts a problem+json answer with this status that names this field and rule first. */
  static void assertRefused(HttpResponse<String> response, int status, String field, String rule) {
    assertFieldRule(problem(response, status), field, rule);
  }

  /** Asserts that a problem names this field and rule first. */
  private static void assertFieldRule(JsonObject problem, String field, String rule) {
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals(field, error.getString("field"), problem.toString());
    assertEquals(rule, error.getString("rule"), problem.toString());
  }
}
