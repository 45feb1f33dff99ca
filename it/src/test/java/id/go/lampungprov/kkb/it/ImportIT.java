package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk import beside the demo data: formats, headers, scope. The province-sized all-or-nothing run
 * is in {@link FreshInstallationIT}, which starts from an empty registry.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.realEar();
  }

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
        Http.object(
            operator.upload("POST", "/api/kampung-kb/import?dryRun=true", Files.XLSX, notAWorkbook),
            200);
    assertEquals("xlsx", broken.getJsonArray("errors").getJsonObject(0).getString("rule"));
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
