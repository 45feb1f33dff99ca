package id.go.lampungprov.kkb.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.it.Accounts;
import id.go.lampungprov.kkb.it.Http;
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
    String name = Accounts.uniqueName("cache");
    Http onM1 = Accounts.user(m1, name, "VIEWER", "18");
    Http oldOnM2 = Http.basic(m2, name, Accounts.PASSWORD);
    Http.object(oldOnM2.get("/api/me"), 200);
    Http.object(oldOnM2.get("/api/me"), 200); // now from m2's memory: remembered password, state

    String next = "Kata-Sandi-Baru-2026";
    Accounts.changePassword(onM1, Accounts.PASSWORD, next);
    double passwordSeconds = secondsUntilRefused(oldOnM2);

    Http newOnM1 = Http.basic(m1, name, next);
    JsonObject me = Http.object(newOnM1.get("/api/me"), 200);
    Http.object(newOnM1.get("/api/me"), 200);
    String path = "/api/accounts/" + me.getJsonNumber("id");
    Http adminOnM2 = Http.basic(m2, "admin", Accounts.ADMIN_PASSWORD);
    HttpResponse<String> current = adminOnM2.get(path);
    JsonObject account = Http.object(current, 200);
    String deactivation =
        Json.createObjectBuilder()
            .add("fullName", account.getString("fullName"))
            .add("role", account.getString("role"))
            .add("scope", account.getString("scope"))
            .add("active", false)
            .add("version", account.getJsonNumber("version").longValue())
            .build()
            .toString();
    Http.object(
        adminOnM2.put(path, current.headers().firstValue("ETag").orElse("*"), deactivation), 200);
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

  /**
   * Seconds until {@code as} is refused (401), polling every 50 ms for at most 30 s: a measurement,
   * so it returns what it saw rather than failing at the first limit.
   */
  private static double secondsUntilRefused(Http as) throws Exception {
    long start = System.nanoTime();
    while (System.nanoTime() - start < 30_000_000_000L) {
      if (as.get("/api/me").statusCode() == 401) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(50);
    }
    return Double.POSITIVE_INFINITY;
  }
}
