package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data quality (issue #20, part 3): an outlier is saved with a warning naming its rule, at entry
 * (the PUT's body), on import (the row's warning, dry run and real) and in the quality report of
 * its area (JSON and CSV). The months are of 2024, which no other test locks; the Kampung KB is
 * new, so its months are this test's own.
 */
@ExtendWith(ArquillianExtension.class)
class DataQualityIT {

  @Test
  void anInjectedOutlierRaisesTheNamedWarningAtEntryOnImportAndInTheReport() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    String village = ReferenceData.freeVillage(officer);
    String district = village.substring(0, 8);
    String body =
        Fixtures.kampung(village, "Kampung KB Mutu " + Accounts.uniqueName("dq"))
            .add("declarationDate", "2020-01-15")
            .build()
            .toString();
    long kkb =
        Http.object(officer.post("/api/kampung-kb", body), 201).getJsonNumber("id").longValue();
    String figures = "/api/kampung-kb/" + kkb + "/figures/";

    // Three steady months: nothing to warn of.
    for (String month : List.of("2024-01", "2024-02", "2024-03")) {
      JsonObject saved =
          Http.object(officer.put(figures + month, Fixtures.figures().build().toString()), 200);
      assertEquals(0, saved.getJsonArray("warnings").size(), saved.toString());
    }

    // At entry: PUS 390 against a median of 300 is more than 25 % off; saved all the same.
    JsonObject outlier =
        Http.object(
            officer.put(figures + "2024-04", Fixtures.figures().add("pus", 390).build().toString()),
            200);
    JsonObject warning = only(outlier.getJsonArray("warnings"));
    assertEquals("pus", warning.getString("field"));
    assertEquals("pus-jump", warning.getString("rule"));
    assertEquals(390, warning.getInt("value"));
    assertEquals(300, warning.getInt("reference"));
    assertTrue(warning.getString("message").contains("median"), warning.toString());
    assertEquals(
        390,
        Http.element(officer.get("/api/kampung-kb/" + kkb + "/figures"), "period", "2024-04")
            .getJsonObject("figures")
            .getInt("pus"));

    // On import: PUS 400 (every family) in May, listed on its row in the dry run and the real one.
    String csv =
        Imports.figuresCsv(officer, village, "2024-05", Fixtures.figures().add("pus", 400).build());
    JsonObject dry = Http.object(Imports.importFiguresCsv(officer, csv, true), 200);
    assertEquals(0, dry.getInt("written"));
    JsonObject rowWarning = only(dry.getJsonArray("warnings"));
    assertEquals(2, rowWarning.getInt("line"));
    assertEquals("pus", rowWarning.getString("column"));
    assertEquals("pus-jump", rowWarning.getString("rule"));
    JsonObject real = Http.object(Imports.importFiguresCsv(officer, csv, false), 200);
    assertEquals(1, real.getInt("written"));
    assertEquals("pus-jump", only(real.getJsonArray("warnings")).getString("rule"));

    // In the quality report of the district, per month, as JSON and as CSV.
    JsonObject april = reportRow(officer, district, "2024-04", kkb);
    assertEquals("pus-jump", april.getString("rule"));
    assertEquals("pus", april.getString("field"));
    assertEquals(390, april.getInt("value"));
    assertEquals(village, april.getString("villageCode"));
    assertEquals(400, reportRow(officer, district, "2024-05", kkb).getInt("value"));
    HttpResponse<String> file =
        officer.get("/api/quality?region=" + district + "&period=2024-04&format=csv");
    assertEquals(200, file.statusCode(), file.body());
    assertTrue(
        file.body().lines().anyMatch(l -> l.contains(village) && l.contains("pus-jump")),
        file.body());

    // A steady month of the same Kampung KB is not in the report; another regency cannot look.
    assertTrue(
        Http.json(officer.get("/api/quality?region=" + district + "&period=2024-03"))
            .asJsonArray()
            .stream()
            .noneMatch(r -> r.asJsonObject().getJsonNumber("kampungKbId").longValue() == kkb));
    Http.problem(
        Accounts.user("VIEWER", "18.01").get("/api/quality?region=" + district + "&period=2024-04"),
        404);
  }

  @Test
  void theFiguresTabShowsTheWarningBesideItsField() {
    String username = Accounts.username("PROVINCE_OFFICER", "18");
    Http officer = Http.basic(username, Accounts.PASSWORD);
    String village = ReferenceData.freeVillage(officer);
    long kkb = register(officer, village);
    for (String month : List.of("2024-01", "2024-02", "2024-03")) {
      Http.object(
          officer.put(
              "/api/kampung-kb/" + kkb + "/figures/" + month,
              Fixtures.figures().build().toString()),
          200);
    }
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.open(Http.BASE + "/kampung-kb/detail.xhtml?id=" + kkb);
      browser.clickText("Data bulanan");
      browser.await("#tabs\\:figures\\:families");
      // The month's lock check on leaving the field keeps the counts while the month is open.
      browser.find("#tabs\\:figures\\:period").sendKeys("2024-04");
      JsonObject figures = Fixtures.figures().add("pus", 390).build();
      for (String field : figures.keySet()) {
        browser.find("#tabs\\:figures\\:" + field).sendKeys(String.valueOf(figures.getInt(field)));
      }
      browser.find("#tabs\\:figures\\:save").click();
      String beside = ".field:has(#tabs\\:figures\\:pus) .ui-message-warn";
      browser.waitUntil(() -> browser.has(beside));
      String warning = browser.find(beside).getText();
      assertTrue(warning.contains("pus-jump") && warning.contains("390"), warning);
      browser.screenshot("16-data-bulanan-peringatan");
      assertTrue(
          browser.find("#tabs\\:figures\\:history").getText().contains("2024-04"),
          "saved all the same");

      // The page Kualitas data lists it for the district and month, naming the rule.
      browser.open(Http.BASE + "/kualitas-data.xhtml");
      browser.await("#filters\\:region").clear();
      browser.find("#filters\\:region").sendKeys(village.substring(0, 8));
      browser.find("#filters\\:period").clear();
      browser.find("#filters\\:period").sendKeys("2024-04");
      browser.find("#filters\\:show").click();
      browser.waitUntil(
          () -> {
            String list = browser.find("#report\\:list").getText();
            return list.contains(village) && list.contains("pus-jump");
          });
      browser.screenshot("18-kualitas-data");
    }
  }

  private static long register(Http as, String village) {
    String body =
        Fixtures.kampung(village, "Kampung KB Mutu " + Accounts.uniqueName("dq"))
            .add("declarationDate", "2020-01-15")
            .build()
            .toString();
    return Http.object(as.post("/api/kampung-kb", body), 201).getJsonNumber("id").longValue();
  }

  private static JsonObject only(JsonArray warnings) {
    assertEquals(1, warnings.size(), warnings.toString());
    return warnings.getJsonObject(0);
  }

  private static JsonObject reportRow(Http as, String region, String period, long kkb) {
    JsonArray rows =
        Http.json(as.get("/api/quality?region=" + region + "&period=" + period)).asJsonArray();
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("kampungKbId").longValue() == kkb)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the report of " + period + ": " + rows));
  }
}
