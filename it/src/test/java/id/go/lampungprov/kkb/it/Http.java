package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: plain JDK client, JSON through Jakarta JSON-P. */
final class Http {

  static final String BASE = System.getProperty("kkb.base-url", "http://localhost:8080");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Http() {}

  static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
  }

  static HttpResponse<String> get(String path, String accept) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", accept).GET());
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
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
    assertTrue(!response.body().contains("Exception"), "no internals: " + response.body());
    return problem;
  }
}
