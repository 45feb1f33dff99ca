package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk import, all or nothing, at the size of a province: every Lampung village outside Lampung
 * Timur that has no Kampung KB yet (about 1,900 rows beside the demo data; Lampung Timur stays free
 * for the registration tests).
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.realEar();
  }

  @Test
  void aBadRowStopsTheWholeFileAndTheFixedFileIsWrittenAtOnce() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    List<String> villages = freeVillagesOutsideLampungTimur(officer);
    int count = villages.size();
    assertTrue(count > 1500, "free villages: " + count);
    long before = total(officer);

    List<String> lines = new ArrayList<>();
    lines.add(
        officer.get("/api/kampung-kb/import/template").body().lines().findFirst().orElseThrow());
    for (int i = 0; i < count; i++) {
      lines.add(
          villages.get(i)
              + ",\"Kampung KB "
              + i
              + ", impor\",2018-0"
              + (1 + i % 9)
              + "-15,,,,,COASTAL,NONE");
    }
    String good = String.join("\n", lines);
    String bad =
        good.replace("Kampung KB 1000, impor\",2018-02-15", "Kampung KB 1000, impor\",2018-02-30");

    JsonObject dryRun = Http.object(post(officer, bad, true), 200);
    assertEquals(count, dryRun.getInt("rows"));
    assertEquals(1, dryRun.getJsonArray("errors").size(), dryRun.getJsonArray("errors").toString());
    JsonObject error = dryRun.getJsonArray("errors").getJsonObject(0);
    assertEquals(1002, error.getInt("line"));
    assertEquals("declarationDate", error.getString("column"));
    assertEquals("date", error.getString("rule"));

    JsonObject refused = Http.problem(post(officer, bad, false), 422);
    assertEquals(
        "declarationDate", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(before, total(officer), "nothing written");

    JsonObject written = Http.object(post(officer, good, false), 200);
    assertEquals(count, written.getInt("written"));
    assertEquals(before + count, total(officer));

    // The same file again: every row now collides with an active Kampung KB.
    JsonObject again = Http.object(post(officer, good, true), 200);
    assertEquals(count, again.getJsonArray("errors").size());
    assertEquals("active-exists", again.getJsonArray("errors").getJsonObject(0).getString("rule"));
  }

  private static List<String> freeVillagesOutsideLampungTimur(Http as) {
    Set<String> taken = new HashSet<>();
    for (int page = 0; ; page++) {
      JsonObject result =
          Http.object(as.get("/api/kampung-kb?status=ACTIVE&size=200&page=" + page), 200);
      result
          .getJsonArray("content")
          .forEach(v -> taken.add(v.asJsonObject().getString("villageCode")));
      if (result.getJsonArray("content").size() < 200) {
        break;
      }
    }
    List<String> free = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject result =
          Http.object(as.get("/api/regions?within=18&level=VILLAGE&size=200&page=" + page), 200);
      for (JsonValue v : result.getJsonArray("content")) {
        String code = v.asJsonObject().getString("code");
        if (!code.startsWith("18.07.") && !taken.contains(code)) {
          free.add(code);
        }
      }
      if (result.getJsonArray("content").size() < 200) {
        return free;
      }
    }
  }

  @Test
  void wrongHeaderAndRowsOutsideTheScopeAreReported() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    JsonObject header = Http.object(post(operator, "village,name\n18.07.04.2003,X", true), 200);
    assertEquals("header", header.getJsonArray("errors").getJsonObject(0).getString("column"));
    String template =
        operator.get("/api/kampung-kb/import/template").body().lines().findFirst().orElseThrow();
    String south =
        Http.object(operator.get("/api/regions?within=18.01&level=VILLAGE&size=1"), 200)
            .getJsonArray("content")
            .getJsonObject(0)
            .getString("code");
    JsonObject outside =
        Http.object(
            post(operator, template + "\n" + south + ",Di luar,2018-01-01,,,,,,NONE", true), 200);
    assertEquals(
        "outside-scope", outside.getJsonArray("errors").getJsonObject(0).getString("rule"));
    Http.problem(post(Accounts.user("VIEWER", "18"), template, true), 403);
  }

  private static HttpResponse<String> post(Http as, String csv, boolean dryRun) {
    return as.send(
        HttpRequest.newBuilder(URI.create(Http.BASE + "/api/kampung-kb/import?dryRun=" + dryRun))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  private static long total(Http as) {
    return Http.object(as.get("/api/kampung-kb?region=18&size=1"), 200)
        .getJsonNumber("totalElements")
        .longValue();
  }
}
