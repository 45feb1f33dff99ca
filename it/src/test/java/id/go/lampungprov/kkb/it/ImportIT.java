package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk import beside the demo data: formats, headers, scope. The province-sized all-or-nothing run
 * is in {@link FreshInstallationIT}, which starts from an empty registry.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

  @Test
  void templatesComeAsCsvAndXlsxAndAWorkbookIsReadLikeTheCsv() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    HttpResponse<byte[]> xlsx = operator.getBytes("/api/kampung-kb/import/template?format=xlsx");
    assertEquals(200, xlsx.statusCode());
    assertEquals(Files.XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
    assertEquals('P', xlsx.body()[0]);
    assertEquals('K', xlsx.body()[1]);
    Http.problem(operator.get("/api/kampung-kb/import/template?format=pdf"), 400);

    // The template's own example row is Sidodadi, which the demo data already registered.
    JsonObject report =
        Http.object(
            operator.upload("POST", "/api/kampung-kb/import?dryRun=true", Files.XLSX, xlsx.body()),
            200);
    assertEquals(1, report.getInt("rows"));
    assertEquals("active-exists", report.getJsonArray("errors").getJsonObject(0).getString("rule"));

    byte[] notAWorkbook = "PK not really".getBytes(StandardCharsets.UTF_8);
    JsonObject broken =
        Http.problem(
            operator.upload("POST", "/api/kampung-kb/import?dryRun=true", Files.XLSX, notAWorkbook),
            415);
    assertEquals("content-type-mismatch", rule(broken));
  }

  @Test
  void csvAsExcelSavesItInIndonesianIsReadLikeTheTemplate() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String header = Imports.templateHeader(operator).replace(',', ';');
    // A byte-order mark, ';' between cells, a description quoted across two lines, CRLF.
    String csv =
        "\uFEFF"
            + header
            + "\r\n18.07.04.2003;Kampung KB Sidodadi;2016-06-13;RW 01-04;\"Baris satu;\r\nbaris"
            + " dua\";-5,1234;105,6789;RIVERBANK;NONE\r\n\r\n"
            + "18.07.04.2003;Kampung KB Sidodadi;2016-06-13;;;;;;NONE\r\n";
    JsonObject report =
        Http.object(
            operator.upload(
                "POST",
                "/api/kampung-kb/import?dryRun=true",
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)),
            200);
    assertEquals(2, report.getInt("rows"), report.toString());
    // Sidodadi is registered in the demo data, and twice in the file. The quoted description spans
    // lines 2-3, so the blank line is 4 and the second row line 5; the decimal commas are numbers.
    assertEquals(2, report.getJsonArray("errors").size(), report.toString());
    JsonObject first = report.getJsonArray("errors").getJsonObject(0);
    assertEquals(2, first.getInt("line"), report.toString());
    assertEquals("active-exists", first.getString("rule"), report.toString());
    JsonObject second = report.getJsonArray("errors").getJsonObject(1);
    assertEquals(5, second.getInt("line"), report.toString());
    assertEquals("duplicate-in-file", second.getString("rule"), report.toString());
  }

  @Test
  void everyHostileFileIsRefusedWithItsRuleOnBothImports() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    for (HostileFiles.Hostile file : HostileFiles.corpus()) {
      for (String endpoint : IMPORTS) {
        HttpResponse<String> answer = send(operator, endpoint, file);
        JsonObject problem = Http.problem(answer, file.status());
        if (file.rule() != null) {
          assertEquals(file.rule(), rule(problem), file + " on " + endpoint + ": " + problem);
        }
      }
    }
  }

  @Test
  void fiftyHostileFilesAtOnceLeaveTheHeapWhereItWasAndTheServerWorking() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    List<HostileFiles.Hostile> corpus = HostileFiles.corpus();
    long before = ServerProcess.usedHeapAfterGc();
    long logStart = ServerProcess.logSize();
    ExecutorService senders = Executors.newFixedThreadPool(50);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        HostileFiles.Hostile file = corpus.get(i % corpus.size());
        String endpoint = IMPORTS.get(i % IMPORTS.size());
        answers.add(senders.submit(() -> send(operator, endpoint, file)));
      }
      for (int i = 0; i < answers.size(); i++) {
        HttpResponse<String> answer = answers.get(i).get(5, TimeUnit.MINUTES);
        int status = answer.statusCode();
        assertTrue(status >= 400 && status < 500, "request " + i + ": " + answer.body());
        Http.problem(answer, status);
      }
    } finally {
      senders.shutdownNow();
    }
    long after = ServerProcess.usedHeapAfterGc();
    assertTrue(
        after < before + 64L * 1024 * 1024,
        "heap after a GC grew from " + before / 1024 / 1024 + " MB to " + after / 1024 / 1024);
    assertFalse(ServerProcess.logSince(logStart).contains("OutOfMemoryError"));
    JsonObject report =
        Http.object(
            operator.upload(
                "POST",
                "/api/kampung-kb/import?dryRun=true",
                Files.XLSX,
                operator.getBytes("/api/kampung-kb/import/template?format=xlsx").body()),
            200);
    assertEquals(1, report.getInt("rows"));
  }

  private static final List<String> IMPORTS =
      List.of("/api/kampung-kb/import?dryRun=true", "/api/figures/import?dryRun=true");

  private static HttpResponse<String> send(Http as, String endpoint, HostileFiles.Hostile file) {
    return as.upload("POST", endpoint, file.contentType(), file.body());
  }

  private static String rule(JsonObject problem) {
    return problem.getJsonArray("errors").getJsonObject(0).getString("rule");
  }

  @Test
  void figuresForAVillageWithoutAKampungKbInTheScopeAreReported() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String firstLine =
        operator.get("/api/figures/import/template").body().lines().findFirst().orElseThrow();
    List<String> header = List.of(firstLine.split(","));
    JsonObject values = Fixtures.figures().build();
    StringBuilder csv = new StringBuilder(firstLine);
    for (String village : List.of("18.07.04.2003", "18.01.01.2001")) {
      csv.append('\n').append(village).append(",2020-05");
      header.subList(2, header.size()).forEach(c -> csv.append(',').append(values.getInt(c)));
    }
    JsonObject report =
        Http.object(
            operator.send(
                HttpRequest.newBuilder(URI.create(Http.BASE + "/api/figures/import?dryRun=true"))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))),
            200);
    assertEquals(2, report.getInt("rows"));
    assertEquals(1, report.getJsonArray("errors").size(), report.toString());
    JsonObject error = report.getJsonArray("errors").getJsonObject(0);
    assertEquals(3, error.getInt("line"));
    assertEquals("no-active-kampung-kb", error.getString("rule"));
    assertEquals(0, report.getInt("written"));
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
}
