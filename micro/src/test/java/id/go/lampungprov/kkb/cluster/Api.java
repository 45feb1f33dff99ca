package id.go.lampungprov.kkb.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One API caller through the balancer: HTTP Basic on every request, its own connections (a worker
 * thread of the load holds one). Failed exchanges throw {@link IOException}, so a caller can count
 * them.
 */
final class Api {

  static final String INITIAL_ADMIN_PASSWORD = "Kampung-KB-Awal-1";
  static final String ADMIN_PASSWORD = "Kampung-KB-Lampung-2026";
  static final String PASSWORD = "Test-Password-2026";

  private final String base;
  private final String authorization;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  Api(String base, String username, String password) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The first administrator, its temporary password changed on first use as the API demands. */
  static Api admin(String base) throws IOException {
    Api admin = new Api(base, "admin", ADMIN_PASSWORD);
    if (admin.get("/api/me").statusCode() == 200) {
      return admin;
    }
    changePassword(new Api(base, "admin", INITIAL_ADMIN_PASSWORD), INITIAL_ADMIN_PASSWORD);
    return admin;
  }

  /** Creates an account (temporary password changed) and returns the user name. */
  static String user(Api admin, String base, String username, String role, String scope)
      throws IOException {
    HttpResponse<String> created =
        admin.post(
            "/api/accounts",
            Json.createObjectBuilder()
                .add("username", username)
                .add("fullName", "Uji Failover " + username)
                .add("role", role)
                .add("scope", scope)
                .add("temporaryPassword", "Temporary-Pw-1")
                .build()
                .toString());
    expect(201, created);
    changePassword(new Api(base, username, "Temporary-Pw-1"), "Temporary-Pw-1");
    return username;
  }

  private static void changePassword(Api as, String current) throws IOException {
    String next = as.authorization.equals(basicOf("admin", current)) ? ADMIN_PASSWORD : PASSWORD;
    expect(
        204,
        as.post(
            "/api/me/password",
            Json.createObjectBuilder()
                .add("currentPassword", current)
                .add("newPassword", next)
                .build()
                .toString()));
  }

  private static String basicOf(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws IOException {
    return send(request(path).GET());
  }

  HttpResponse<String> post(String path, String json) throws IOException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> put(String path, String ifMatch, String json) throws IOException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", authorization)
        .timeout(Duration.ofSeconds(60));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The instance that answered, as the balancer names it (X-Served-By). */
  static String servedBy(HttpResponse<?> response) {
    return response.headers().firstValue("X-Served-By").orElse("?");
  }

  static JsonObject expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          "expected " + status + ", got " + response.statusCode() + ": " + response.body());
    }
    return response.body().isBlank()
        ? JsonObject.EMPTY_JSON_OBJECT
        : Json.createReader(new StringReader(response.body())).readObject();
  }
}
