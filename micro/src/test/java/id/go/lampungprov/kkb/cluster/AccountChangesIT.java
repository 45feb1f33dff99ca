package id.go.lampungprov.kkb.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an instance keeps of an account is dropped on every instance when the account changes
 * (security.application.AccountCache and the Data Grid), measured on the running cluster by calling
 * each instance directly, past the balancer.
 */
@ExtendWith(RunningCluster.class)
class AccountChangesIT {

  /**
   * A password changed through one instance, and an account deactivated through the other, stop
   * working on the other instance within five seconds (AccountCache: dropped on every instance
   * after the commit, never used longer than 5 s). Measured from the acknowledged change to the
   * first refusal, polling every 50 ms; each instance has just served the account from its memory.
   */
  @Test
  void aChangedPasswordOrADeactivatedAccountStopsWorkingOnTheOtherInstanceWithinFiveSeconds()
      throws Exception {
    String m1 = "http://127.0.0.1:" + Cluster.INSTANCE_PORTS.get(0);
    String m2 = "http://127.0.0.1:" + Cluster.INSTANCE_PORTS.get(1);
    Api admin = Api.admin(m1);
    String name = Api.user(admin, m1, unique("cache"), "VIEWER", "18");
    Api oldOnM2 = new Api(m2, name, Api.PASSWORD);
    Api.expect(200, oldOnM2.get("/api/me"));
    Api.expect(200, oldOnM2.get("/api/me")); // now from m2's memory: remembered password, state

    String next = "Kata-Sandi-Baru-2026";
    Api.expect(
        204,
        new Api(m1, name, Api.PASSWORD)
            .post(
                "/api/me/password",
                Json.createObjectBuilder()
                    .add("currentPassword", Api.PASSWORD)
                    .add("newPassword", next)
                    .build()
                    .toString()));
    double passwordSeconds = secondsUntilRefused(oldOnM2);

    Api newOnM1 = new Api(m1, name, next);
    JsonObject me = Api.expect(200, newOnM1.get("/api/me"));
    Api.expect(200, newOnM1.get("/api/me"));
    String path = "/api/accounts/" + me.getJsonNumber("id");
    Api adminOnM2 = new Api(m2, "admin", Api.ADMIN_PASSWORD);
    HttpResponse<String> current = adminOnM2.get(path);
    JsonObject account = Api.expect(200, current);
    String deactivation =
        Json.createObjectBuilder()
            .add("fullName", account.getString("fullName"))
            .add("role", account.getString("role"))
            .add("scope", account.getString("scope"))
            .add("active", false)
            .add("version", account.getJsonNumber("version").longValue())
            .build()
            .toString();
    Api.expect(
        200, adminOnM2.put(path, current.headers().firstValue("ETag").orElse("*"), deactivation));
    double deactivationSeconds = secondsUntilRefused(newOnM1);

    System.out.printf(
        "account changes across instances: password changed on %s refused on %s after %.2f s;"
            + " account deactivated on %s refused on %s after %.2f s%n",
        Cluster.NAMES.get(0),
        Cluster.NAMES.get(1),
        passwordSeconds,
        Cluster.NAMES.get(1),
        Cluster.NAMES.get(0),
        deactivationSeconds);
    assertTrue(passwordSeconds <= 5, "password change took " + passwordSeconds + " s");
    assertTrue(deactivationSeconds <= 5, "deactivation took " + deactivationSeconds + " s");
  }

  /** Seconds until {@code as} is refused (401), polling every 50 ms for at most 30 s. */
  private static double secondsUntilRefused(Api as) throws Exception {
    long start = System.nanoTime();
    while (System.nanoTime() - start < 30_000_000_000L) {
      if (as.get("/api/me").statusCode() == 401) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(50);
    }
    return Double.POSITIVE_INFINITY;
  }

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
  }
}
