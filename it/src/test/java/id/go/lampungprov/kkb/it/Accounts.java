package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test accounts. The server creates {@code admin} with KKB_ADMIN_PASSWORD (set by the build); its
 * first use changes that temporary password, as a real administrator must. Public, as micro's
 * cluster tests make their accounts with it too.
 */
public final class Accounts {

  public static final String INITIAL_ADMIN_PASSWORD = "Kampung-KB-Awal-1";
  public static final String ADMIN_PASSWORD = "Kampung-KB-Lampung-2026";
  public static final String PASSWORD = "Test-Password-2026";
  static final String TEMPORARY_PASSWORD = "Temporary-Pw-1";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  private Accounts() {}

  static Http admin() {
    return admin(Http.BASE);
  }

  /** The first administrator of the server at {@code base}, its temporary password changed. */
  public static Http admin(String base) {
    Http admin = Http.basic(base, "admin", ADMIN_PASSWORD);
    if (admin.get("/api/me").statusCode() == 200) {
      return admin;
    }
    String initial = initialAdminPassword();
    changePassword(Http.basic(base, "admin", initial), initial, ADMIN_PASSWORD);
    return admin;
  }

  /**
   * The first administrator's password: generated into the server's secrets file where the test run
   * gives one ({@code kkb.initial-password-file}), else the configured KKB_ADMIN_PASSWORD.
   */
  static String initialAdminPassword() {
    String file = System.getProperty("kkb.initial-password-file", "");
    if (file.isBlank()) {
      return INITIAL_ADMIN_PASSWORD;
    }
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of(file)).strip();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A fresh user name, unique across runs on the same database. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
  }

  /** Creates an account as {@code creator} and returns its JSON. */
  static JsonObject create(Http creator, String username, String role, String scope) {
    HttpResponse<String> response =
        creator.post(
            "/api/accounts",
            Json.createObjectBuilder()
                .add("username", username)
                .add("fullName", "Test " + username)
                .add("role", role)
                .add("scope", scope)
                .add("temporaryPassword", TEMPORARY_PASSWORD)
                .build()
                .toString());
    return Http.object(response, 201);
  }

  /**
   * Creates an account whose temporary password is not changed yet; returns an API client calling
   * with that password.
   */
  static Http newcomer(String username, String role, String scope) {
    create(admin(), username, role, scope);
    return Http.basic(username, TEMPORARY_PASSWORD);
  }

  /** Creates an account and changes its temporary password; returns an API client for it. */
  static Http user(String role, String scope) {
    return Http.basic(username(role, scope), PASSWORD);
  }

  /** Creates an account ready to log in with {@link #PASSWORD}; returns its user name. */
  static String username(String role, String scope) {
    String username = uniqueName(role.toLowerCase().replace('_', '-'));
    user(Http.BASE, username, role, scope);
    return username;
  }

  /**
   * Creates this account on the server at {@code base} (the administrator's temporary password
   * changed first where needed) and replaces its temporary password with {@link #PASSWORD}.
   */
  public static Http user(String base, String username, String role, String scope) {
    create(admin(base), username, role, scope);
    changePassword(Http.basic(base, username, TEMPORARY_PASSWORD), TEMPORARY_PASSWORD, PASSWORD);
    return Http.basic(base, username, PASSWORD);
  }

  /** The user name of the account this client calls as. */
  static String nameOf(Http as) {
    return Http.object(as.get("/api/me"), 200).getString("username");
  }

  public static void changePassword(Http as, String current, String next) {
    HttpResponse<String> response =
        as.post(
            "/api/me/password",
            Json.createObjectBuilder()
                .add("currentPassword", current)
                .add("newPassword", next)
                .build()
                .toString());
    assertEquals(204, response.statusCode(), response.body());
  }
}
