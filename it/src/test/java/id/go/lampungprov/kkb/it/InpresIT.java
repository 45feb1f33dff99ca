package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inpres 3/2022: interventions tagged through the API appear in the recap per target, programme and
 * activity, per regency, and in its XLSX; the counts compared as the change from before the test
 * tagged, in Kampung KB of its own.
 */
@ExtendWith(ArquillianExtension.class)
class InpresIT {

  private static final int YEAR = 2025;
  private static final String REGENCY = "18.07";
  private static final String RECAP = "/api/inpres/recap?region=18&year=" + YEAR;

  @Test
  void theCatalogueIsTheInstructionsTree() {
    JsonObject catalogue = Http.object(Accounts.user("VIEWER", "18.01").get("/api/inpres"), 200);
    assertEquals("INPRES-3-2022", catalogue.getString("code"));
    assertEquals("2022-05-20", catalogue.getString("issuedOn"));
    JsonArray targets = catalogue.getJsonArray("targets");
    assertEquals(4, targets.size());
    assertEquals("Peningkatan perubahan perilaku", targets.getJsonObject(1).getString("name"));
    int activities = 0;
    for (JsonValue t : targets) {
      for (JsonValue p : t.asJsonObject().getJsonArray("programmes")) {
        activities += p.asJsonObject().getJsonArray("activities").size();
      }
    }
    assertEquals(58, activities);
    JsonObject dashat = activity(catalogue, "S3.P2.K15");
    assertEquals("Dapur Sehat Atasi Stunting (DASHAT)", dashat.getString("name"));
    assertEquals(
        "Badan Kependudukan dan Keluarga Berencana Nasional", dashat.getString("responsible"));
  }

  /** The demo data's interventions fill the recap of its years (the tests tag in 2025 only). */
  @Test
  void theDemosInterventionsAreTaggedAndCounted() {
    Http operator = Accounts.user("REGENCY_OPERATOR", REGENCY);
    long sidodadi = ReferenceData.sidodadi(operator);
    JsonObject grant =
        Http.object(
                operator.get(
                    "/api/interventions?kampungKb=" + sidodadi + "&agency=DINSOS&size=200"),
                200)
            .getJsonArray("content")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("title").equals("Bantuan modal usaha kelompok UPPKA"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo's grant to Sidodadi"));
    assertEquals("2019-08-14", grant.getString("date"));
    assertEquals(
        List.of("S3.P5.K4"),
        Http.object(
                operator.get("/api/interventions/" + grant.getJsonNumber("id") + "/inpres"), 200)
            .getJsonArray("activities")
            .stream()
            .map(v -> v.asJsonObject().getString("code"))
            .toList());
    Http province = Accounts.user("PROVINCE_OFFICER", "18");
    int tagged = 0;
    for (int year : new int[] {2019, 2020}) {
      JsonObject recap = Http.object(province.get("/api/inpres/recap?region=18&year=" + year), 200);
      int interventions =
          recap.getJsonObject("total").getJsonObject("total").getInt("interventions");
      assertTrue(interventions > 0, year + ": " + recap.getJsonObject("total"));
      tagged += interventions;
    }
    // 118 of the demo's 151 are tagged (DemoInterventionPlanTest), all dated June 2019 – May 2020.
    assertEquals(118, tagged);
  }

  @Test
  void taggedInterventionsAppearInTheRecapPerTargetAndRegency() throws IOException {
    Http operator = Accounts.user("REGENCY_OPERATOR", REGENCY);
    Http province = Accounts.user("PROVINCE_OFFICER", "18");
    long dinsos = ReferenceData.agency(operator, "DINSOS");
    long a = Fixtures.registerKampungKb(operator, Accounts.uniqueName("Kampung Inpres A"));
    long b = Fixtures.registerKampungKb(operator, Accounts.uniqueName("Kampung Inpres B"));
    JsonObject before = Http.object(province.get(RECAP), 200);

    long one = intervention(operator, a, dinsos);
    long two = intervention(operator, a, dinsos);
    long three = intervention(operator, b, dinsos);
    intervention(operator, b, dinsos); // never tagged
    long retracted = intervention(operator, a, dinsos);
    tag(operator, one, "S2.P1.K3", "S2.P1.K4");
    tag(operator, two, "S2.P1.K3", "S3.P2.K15");
    tag(operator, three, "S3.P2.K15");
    tag(operator, retracted, "S4.P1.K1");
    tag(operator, retracted);

    JsonObject after = Http.object(province.get(RECAP), 200);
    // Target S2: one and two (both in A, two activities of S2 on one counting once).
    assertDelta(before, after, "S2", 2, 1);
    assertDelta(before, after, "S2.P1", 2, 1);
    assertDelta(before, after, "S2.P1.K3", 2, 1);
    assertDelta(before, after, "S2.P1.K4", 1, 1);
    // Target S3: two (A) and three (B).
    assertDelta(before, after, "S3", 2, 2);
    assertDelta(before, after, "S3.P2.K15", 2, 2);
    // The retracted tag counts nowhere; the untagged intervention neither.
    assertDelta(before, after, "S4", 0, 0);
    assertDelta(before, after, "S4.P1.K1", 0, 0);
    assertEquals(
        cell(total(before), REGENCY).getInt("interventions") + 3,
        cell(total(after), REGENCY).getInt("interventions"));
    assertEquals(
        cell(total(before), REGENCY).getInt("kampungKb") + 2,
        cell(total(after), REGENCY).getInt("kampungKb"));

    // The file says what the page says.
    JsonObject s2 = row(after, "S2");
    List<List<String>> lines = xlsx(province, RECAP + "&format=xlsx");
    List<String> header = lines.get(0);
    List<String> xlsxLine =
        lines.stream()
            .filter(
                l ->
                    l.get(header.indexOf("code")).equals("S2")
                        && l.get(header.indexOf("regionCode")).equals(REGENCY))
            .findFirst()
            .orElseThrow();
    assertEquals(
        String.valueOf(cell(s2, REGENCY).getInt("interventions")),
        xlsxLine.get(header.indexOf("interventions")));
    assertEquals(
        String.valueOf(cell(s2, REGENCY).getInt("kampungKb")),
        xlsxLine.get(header.indexOf("kampungKb")));
    // a row per (catalogue row + total) × (regencies + the province)
    int areas = after.getJsonArray("areas").size() + 1;
    assertEquals((after.getJsonArray("rows").size() + 1) * areas, lines.size() - 1);
    HttpResponse<String> csv = province.get(RECAP + "&format=csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().contains("S3.P2.K15"), csv.body());

    // The Rekapitulasi Provinsi ends with the annex: the regency's line shows the same counts.
    String pdf = Pdfs.text(province, "/api/reports/rekapitulasi?region=18&year=" + YEAR);
    int annex = pdf.indexOf("LAMPIRAN: INTERVENSI MENURUT SASARAN INPRES 3/2022");
    assertTrue(annex > 0, pdf);
    String regencyName = after.getJsonArray("areas").getJsonObject(6).getString("name");
    String line =
        pdf.substring(annex)
            .lines()
            .filter(l -> l.contains(regencyName))
            .findFirst()
            .orElseThrow(() -> new AssertionError(regencyName + " in " + pdf.substring(annex)));
    StringBuilder figures = new StringBuilder();
    for (String target : List.of("S1", "S2", "S3", "S4")) {
      JsonObject c = cell(row(after, target), REGENCY);
      figures
          .append(' ')
          .append(c.getInt("interventions"))
          .append(' ')
          .append(c.getInt("kampungKb"));
    }
    JsonObject all = cell(total(after), REGENCY);
    figures
        .append(' ')
        .append(all.getInt("interventions"))
        .append(' ')
        .append(all.getInt("kampungKb"));
    assertTrue(line.strip().endsWith(regencyName + figures), line + " ends with" + figures);
    Pdfs.assertShows(pdf.substring(annex), "Sasaran S4", "S3: Peningkatan cakupan layanan");

    // The regency operator's recap is per district of their regency; asking for the province
    // narrows to it (as every list does), another regency is not found.
    JsonObject own = Http.object(operator.get("/api/inpres/recap?year=" + YEAR), 200);
    assertEquals(REGENCY, own.getString("region"));
    assertTrue(
        own.getJsonArray("areas").stream()
            .allMatch(v -> v.asJsonObject().getString("code").startsWith(REGENCY + ".")));
    assertEquals(
        cell(row(after, "S3"), REGENCY).getInt("interventions"),
        row(own, "S3").getJsonObject("total").getInt("interventions"));
    assertEquals(REGENCY, Http.object(operator.get(RECAP), 200).getString("region"));
    Http.problem(Accounts.user("VIEWER", "18.01").get("/api/inpres/recap?region=18.07"), 404);
  }

  @Test
  void tagsAreCheckedNamedVersionedScopedAndAudited() {
    Http operator = Accounts.user("REGENCY_OPERATOR", REGENCY);
    long kkb = Fixtures.registerKampungKb(operator, Accounts.uniqueName("Kampung Inpres C"));
    long id = intervention(operator, kkb, ReferenceData.agency(operator, "DINSOS"));
    String path = "/api/interventions/" + id + "/inpres";

    HttpResponse<String> untagged = operator.get(path);
    assertEquals("\"v0\"", untagged.headers().firstValue("ETag").orElseThrow());
    assertEquals(0, Http.object(untagged, 200).getJsonArray("activities").size());

    Http.assertRefused(
        operator.put(path, "\"v0\"", body("S9.P9.K9")), 400, "activities", "unknown-activity");
    Http.assertRefused(
        operator.put(path, "\"v0\"", body("S2")), 400, "activities", "activity-code");
    Http.problem(operator.put(path, body("S2.P1.K3")), 428);

    JsonObject tagged =
        Http.object(operator.put(path, "\"v0\"", body("S2.P1.K5", "S1.P1.K1")), 200);
    assertEquals(
        List.of("S1.P1.K1", "S2.P1.K5"),
        tagged.getJsonArray("activities").stream()
            .map(v -> v.asJsonObject().getString("code"))
            .toList());
    assertEquals(
        "Bina Keluarga Lansia (BKL)",
        tagged.getJsonArray("activities").getJsonObject(1).getString("name"));
    Http.problem(operator.put(path, "\"v0\"", body("S2.P1.K3")), 412);

    Http.problem(Accounts.user("VIEWER", "18.01").get(path), 404);
    Http.problem(Accounts.user("REGENCY_OPERATOR", "18.01").put(path, "*", body("S2.P1.K3")), 404);
    Http.problem(Accounts.user("VIEWER", REGENCY).put(path, "*", body("S2.P1.K3")), 403);
    assertEquals(
        2,
        Http.object(Accounts.user("VIEWER", REGENCY).get(path), 200)
            .getJsonArray("activities")
            .size());

    JsonArray audit =
        Http.object(
                Accounts.admin()
                    .get("/api/audit?size=50&entityType=InterventionInpres&entityId=" + id),
                200)
            .getJsonArray("content");
    assertTrue(
        audit.stream().anyMatch(e -> e.asJsonObject().getString("action").equals("CREATE")),
        audit.toString());
  }

  @Test
  void staffTagOnTheInterventionPageAndSeeTheRecapPage() throws IOException {
    String username = Accounts.username("REGENCY_OPERATOR", REGENCY);
    Http operator = Http.basic(username, Accounts.PASSWORD);
    long kkb = Fixtures.registerKampungKb(operator, Accounts.uniqueName("Kampung Inpres D"));
    long id = intervention(operator, kkb, ReferenceData.agency(operator, "DINSOS"));
    tag(operator, id, "S2.P1.K3");

    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.open(Http.BASE + "/kampung-kb/intervensi.xhtml?id=" + id);
      browser.waitUntil(() -> browser.find("#inpres").getText().contains("S2.P1.K3"));
      browser.find("#inpres\\:activities").click();
      // S3.P2.K15 is the 35th activity (S1: 2, S2: 12, S3.P1: 6, then the 15th of S3.P2).
      browser
          .await(
              "#inpres\\:activities_panel li:nth-child(35 of .ui-selectcheckboxmenu-list-item)"
                  + " .ui-chkbox-box")
          .click();
      // The panel has scrolled its close link under the page's fixed header: a user scrolls; the
      // test clicks it where it is.
      browser.script(
          "arguments[0].click();",
          browser.find("#inpres\\:activities_panel .ui-selectcheckboxmenu-close"));
      browser.find("#inpres\\:save").click();
      browser.waitUntil(() -> browser.find("#inpres").getText().contains("S3.P2.K15"));
      browser.screenshot("16-intervensi-sasaran-inpres");

      browser.open(Http.BASE + "/inpres.xhtml");
      browser.await("#filters\\:year").clear();
      browser.find("#filters\\:year").sendKeys(String.valueOf(YEAR));
      browser.find("#filters\\:show").click();
      browser.waitUntil(
          () -> browser.find("#recap-title").getText().contains(String.valueOf(YEAR)));
      assertTrue(browser.find("#inpres-table").getText().contains("Dapur Sehat Atasi Stunting"));
      browser.screenshot("17-sasaran-inpres");
      // The page's CSV is the recap it shows: the year and area chosen, the activity tagged.
      String csv = Files.readString(new BrowserDownloads(browser).click("#recap\\:export-csv"));
      assertTrue(csv.contains("S3.P2.K15"), csv);
      assertTrue(csv.contains("year=" + YEAR), csv);
    }
    assertEquals(
        List.of("S2.P1.K3", "S3.P2.K15"),
        Http.object(operator.get("/api/interventions/" + id + "/inpres"), 200)
            .getJsonArray("activities")
            .stream()
            .map(v -> v.asJsonObject().getString("code"))
            .toList());
  }

  private static long intervention(Http as, long kkb, long agency) {
    String body =
        Json.createObjectBuilder()
            .add("kampungKbId", kkb)
            .add("date", YEAR + "-06-10")
            .add("title", "Kelas pengasuhan balita")
            .add("agencyId", agency)
            .add("familyFunction", "EDUCATION")
            .add("targetGroups", Json.createArrayBuilder().add("POOR_FAMILIES"))
            .build()
            .toString();
    return Http.object(as.post("/api/interventions", body), 201).getJsonNumber("id").longValue();
  }

  private static void tag(Http as, long intervention, String... codes) {
    Http.object(as.put("/api/interventions/" + intervention + "/inpres", "*", body(codes)), 200);
  }

  private static String body(String... codes) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String c : codes) {
      list.add(c);
    }
    return Json.createObjectBuilder().add("activities", list).build().toString();
  }

  private static void assertDelta(
      JsonObject before, JsonObject after, String code, int interventions, int kampungKb) {
    JsonObject was = cell(row(before, code), REGENCY);
    JsonObject is = cell(row(after, code), REGENCY);
    assertEquals(was.getInt("interventions") + interventions, is.getInt("interventions"), code);
    assertEquals(was.getInt("kampungKb") + kampungKb, is.getInt("kampungKb"), code);
    assertEquals(
        row(before, code).getJsonObject("total").getInt("interventions") + interventions,
        row(after, code).getJsonObject("total").getInt("interventions"),
        code + " total");
  }

  private static JsonObject row(JsonObject recap, String code) {
    return recap.getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + code));
  }

  private static JsonObject total(JsonObject recap) {
    return recap.getJsonObject("total");
  }

  /** The row's cell of an area, by the area's place in {@code areas}. */
  private static JsonObject cell(JsonObject row, String area) {
    return row.getJsonArray("cells").getJsonObject(areaIndex(row, area));
  }

  private static int areaIndex(JsonObject row, String area) {
    // The areas of the province are its regencies in code order: 18.01 … 18.13, 18.71, 18.72.
    List<String> regencies =
        List.of(
            "18.01", "18.02", "18.03", "18.04", "18.05", "18.06", "18.07", "18.08", "18.09",
            "18.10", "18.11", "18.12", "18.13", "18.71", "18.72");
    assertEquals(regencies.size(), row.getJsonArray("cells").size(), "a cell per regency");
    return regencies.indexOf(area);
  }

  private static JsonObject activity(JsonObject catalogue, String code) {
    for (JsonValue t : catalogue.getJsonArray("targets")) {
      for (JsonValue p : t.asJsonObject().getJsonArray("programmes")) {
        for (JsonValue a : p.asJsonObject().getJsonArray("activities")) {
          if (a.asJsonObject().getString("code").equals(code)) {
            return a.asJsonObject();
          }
        }
      }
    }
    throw new AssertionError("no activity " + code);
  }

  /** The sheet's lines from the header on (the first line names the filters). */
  private static List<List<String>> xlsx(Http as, String path) throws IOException {
    HttpResponse<byte[]> file = as.getBytes(path);
    assertEquals(200, file.statusCode());
    List<List<String>> lines = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = book.getSheetAt(0);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(format.formatCellValue(row.getCell(c)));
        }
        lines.add(cells);
      }
    }
    return lines;
  }
}
