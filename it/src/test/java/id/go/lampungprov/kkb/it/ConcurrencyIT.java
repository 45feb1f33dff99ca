package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many editors on one record at once: each reads, changes and writes with {@code If-Match}, and on
 * a conflict reads again and retries, as a client must. Every edit lands exactly once: 64 accepted
 * writes are 64 versions, 64 audit entries and the last writer's values, never one write silently
 * overwriting another that was based on the same version.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

  private static final int EDITORS = 64;

  @Test
  void sixtyFourConflictingEditsLoseNoUpdate() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String village = ReferenceData.freeVillage(operator);
    JsonObject created =
        Http.object(
            operator.post(
                "/api/kampung-kb", Fixtures.kampung(village, "Serentak 0").build().toString()),
            201);
    String path = "/api/kampung-kb/" + created.getJsonNumber("id");
    long firstVersion = created.getJsonNumber("version").longValue();

    ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
    List<Future<Long>> editors = new ArrayList<>();
    for (int i = 1; i <= EDITORS; i++) {
      String name = "Serentak " + i;
      editors.add(pool.submit(() -> editUntilAccepted(operator, path, village, name)));
    }
    List<Long> versions = new ArrayList<>();
    for (Future<Long> editor : editors) {
      versions.add(editor.get());
    }
    pool.shutdown();

    List<Long> sorted = versions.stream().sorted().toList();
    assertEquals(
        EDITORS, sorted.stream().distinct().count(), "two edits on one version: " + sorted);
    assertEquals(firstVersion + 1, sorted.get(0), sorted.toString());
    assertEquals(firstVersion + EDITORS, sorted.get(EDITORS - 1), sorted.toString());
    JsonObject last = Http.object(operator.get(path), 200);
    assertEquals(firstVersion + EDITORS, last.getJsonNumber("version").longValue());
    int lastEditor = versions.indexOf(firstVersion + EDITORS) + 1;
    assertEquals("Serentak " + lastEditor, last.getString("name"), "the last accepted write wins");
    long updates =
        Http.total(
            Accounts.admin()
                .get(
                    "/api/audit?size=1&action=UPDATE&entityType=KampungKb&entityId="
                        + created.getJsonNumber("id")));
    assertEquals(EDITORS, updates, "one audit entry per accepted edit");
  }

  /** Read, write with If-Match, and on 409/412 read again: returns the version the write made. */
  private static long editUntilAccepted(Http as, String path, String village, String name) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      JsonObject current = Http.object(as.get(path), 200);
      HttpResponse<String> put =
          as.send(
              HttpRequest.newBuilder(URI.create(Http.BASE + path))
                  .header("Content-Type", "application/json")
                  .header("If-Match", "\"v" + current.getJsonNumber("version") + "\"")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          Fixtures.kampung(village, name).build().toString())));
      if (put.statusCode() == 200) {
        return Http.object(put, 200).getJsonNumber("version").longValue();
      }
      assertTrue(
          put.statusCode() == 409 || put.statusCode() == 412, put.statusCode() + " " + put.body());
    }
    throw new AssertionError(name + " was never accepted");
  }
}
