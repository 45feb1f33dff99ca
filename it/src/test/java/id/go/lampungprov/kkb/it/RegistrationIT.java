package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry over HTTP: registration rules, scope and roles (security issue, acceptance 2),
 * optimistic locking and the audit of changes. Each test uses villages of its own so tests do not
 * depend on each other or on earlier runs against the same database.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

  @Test
  void aRegencyOperatorRegistersAndCorrectsInsideItsRegencyOnly() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String village = ReferenceData.freeVillage(operator);
    HttpResponse<String> created =
        operator.post(
            "/api/kampung-kb", Fixtures.kampung(village, "Kampung KB Uji").build().toString());
    JsonObject kkb = Http.object(created, 201);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/api/kampung-kb/" + kkb.getJsonNumber("id")), location);
    assertEquals(
        "\"v" + kkb.getJsonNumber("version") + "\"",
        created.headers().firstValue("ETag").orElse(""));
    assertTrue(kkb.getBoolean("meetsFormationCriteria"));
    assertEquals(
        "Kabupaten Lampung Timur",
        kkb.getJsonObject("village").getJsonArray("ancestors").getJsonObject(1).getString("name"));

    String path = "/api/kampung-kb/" + kkb.getJsonNumber("id");
    // A correction must name the version it was based on.
    JsonObject unconditional =
        Http.problem(
            operator.put(path, Fixtures.kampung(village, "Tanpa If-Match").build().toString()),
            428);
    assertEquals(
        "if-match-required",
        unconditional.getJsonArray("errors").getJsonObject(0).getString("rule"),
        unconditional.toString());
    HttpResponse<String> read = operator.get(path);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> updated =
        operator.put(
            path, etag, Fixtures.kampung(village, "Kampung KB Uji Baru").build().toString());
    assertEquals("Kampung KB Uji Baru", Http.object(updated, 200).getString("name"));

    // Lampung Selatan is outside 18.07: refused, nothing written.
    JsonObject outside =
        Http.object(Accounts.admin().get("/api/regions?within=18.01&level=VILLAGE&size=1"), 200);
    String southVillage = outside.getJsonArray("content").getJsonObject(0).getString("code");
    Http.problem(
        operator.post(
            "/api/kampung-kb", Fixtures.kampung(southVillage, "Di luar").build().toString()),
        403);

    // The list never shows rows outside the scope, even when asked for them.
    JsonObject asked = Http.object(operator.get("/api/kampung-kb?region=18.01&size=200"), 200);
    assertEquals(0, asked.getJsonNumber("totalElements").longValue());
    for (JsonValue row :
        Http.object(operator.get("/api/kampung-kb?size=200"), 200).getJsonArray("content")) {
      assertTrue(row.asJsonObject().getString("villageCode").startsWith("18.07."), row.toString());
    }

    // The audit shows the creation and the change with old and new values.
    JsonObject audit =
        Http.object(
            Accounts.admin()
                .get("/api/audit?entityType=KampungKb&entityId=" + kkb.getJsonNumber("id")),
            200);
    List<String> actions =
        audit.getJsonArray("content").stream()
            .map(v -> v.asJsonObject().getString("action"))
            .toList();
    assertTrue(actions.contains("CREATE") && actions.contains("UPDATE"), actions.toString());
    JsonObject update =
        audit.getJsonArray("content").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("action").equals("UPDATE"))
            .findFirst()
            .orElseThrow();
    assertTrue(update.getString("oldValue").contains("Kampung KB Uji\""), update.toString());
    assertTrue(update.getString("newValue").contains("Kampung KB Uji Baru"), update.toString());
  }

  @Test
  void aListPageKeptByTheServerFollowsEveryChangeAndTheCallersScope() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    String village = ReferenceData.freeVillage(operator);
    long id = Fixtures.registerKampungKb(operator, village, "Kampung KB Simpan");
    String page = "/api/kampung-kb?region=" + village + "&page=0&size=20";
    assertEquals("Kampung KB Simpan", onlyName(officer.get(page)));
    assertEquals("Kampung KB Simpan", onlyName(officer.get(page)), "asked again: the kept page");

    String path = "/api/kampung-kb/" + id;
    Http.object(
        operator.put(
            path,
            operator.etag(path),
            Fixtures.kampung(village, "Kampung KB Simpan Baru").build().toString()),
        200);
    // The change is a new data version: the page kept before is never answered again.
    assertEquals("Kampung KB Simpan Baru", onlyName(officer.get(page)));
    assertEquals(
        "Kampung KB Simpan Baru", onlyName(officer.get(page, "Cache-Control", "no-cache")));

    // The kept page is the officer's visible area: a caller of another regency asking the same
    // page gets its own (empty) answer, never the one kept for Lampung Timur.
    JsonObject other = Http.object(Accounts.user("VIEWER", "18.01").get(page), 200);
    assertEquals(0, other.getJsonNumber("totalElements").longValue(), other.toString());
    assertEquals("Kampung KB Simpan Baru", onlyName(operator.get(page)));
  }

  private static String onlyName(HttpResponse<String> list) {
    JsonObject page = Http.object(list, 200);
    assertEquals(1, page.getJsonNumber("totalElements").longValue(), page.toString());
    return page.getJsonArray("content").getJsonObject(0).getString("name");
  }

  @Test
  void aRecordOutsideTheScopeIsInvisible() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    JsonObject south =
        Http.object(officer.get("/api/regions?within=18.01&level=VILLAGE&size=1&page=3"), 200);
    String village = south.getJsonArray("content").getJsonObject(0).getString("code");
    JsonObject existing =
        Http.object(officer.get("/api/kampung-kb?status=ACTIVE&region=" + village), 200);
    long id =
        existing.getJsonNumber("totalElements").longValue() > 0
            ? existing.getJsonArray("content").getJsonObject(0).getJsonNumber("id").longValue()
            : Fixtures.registerKampungKb(officer, village, "Kampung KB Selatan");
    Http lampungTimur = Accounts.user("VIEWER", "18.07");
    Http.problem(lampungTimur.get("/api/kampung-kb/" + id), 404);
    assertEquals(200, officer.get("/api/kampung-kb/" + id).statusCode());
  }

  @Test
  void viewersAndAssessorsCannotWrite() {
    for (String role : List.of("VIEWER", "ASSESSOR", "ADMIN")) {
      Http caller = Accounts.user(role, "18");
      Http.problem(
          caller.post("/api/kampung-kb", Fixtures.kampung("18.07.04.2003", "X").build().toString()),
          403);
      assertEquals(200, caller.get("/api/kampung-kb").statusCode());
    }
  }

  @Test
  void rulesAreEnforcedWithTheFieldNamedAndNothingWritten() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String village = ReferenceData.freeVillage(operator);
    Http.object(
        operator.post("/api/kampung-kb", Fixtures.kampung(village, "Pertama").build().toString()),
        201);
    long before = total(operator);

    assertField(
        Http.problem(
            operator.post("/api/kampung-kb", Fixtures.kampung(village, "Kedua").build().toString()),
            409),
        "villageCode");
    assertField(
        Http.problem(
            operator.post(
                "/api/kampung-kb", Fixtures.kampung("18.07.99.9999", "X").build().toString()),
            400),
        "villageCode");
    assertField(
        Http.problem(
            operator.post("/api/kampung-kb", Fixtures.kampung("18.07.04", "X").build().toString()),
            400),
        "villageCode");
    assertField(
        Http.problem(
            operator.post(
                "/api/kampung-kb",
                Fixtures.kampung(ReferenceData.freeVillage(operator), "X")
                    .add("declarationDate", "2017-02-30")
                    .build()
                    .toString()),
            400),
        "declarationDate");
    assertField(
        Http.problem(
            operator.post(
                "/api/kampung-kb",
                Fixtures.kampung(ReferenceData.freeVillage(operator), "X")
                    .add("latitude", 40.0)
                    .build()
                    .toString()),
            400),
        "latitude");
    assertField(
        Http.problem(
            operator.post(
                "/api/kampung-kb",
                Fixtures.kampung(ReferenceData.freeVillage(operator), "X")
                    .add("criteria", Json.createArrayBuilder().add("NICE"))
                    .build()
                    .toString()),
            400),
        "criteria");
    assertField(
        Http.problem(
            operator.post(
                "/api/kampung-kb",
                Fixtures.kampung(ReferenceData.freeVillage(operator), "").build().toString()),
            400),
        "name");
    assertEquals(before, total(operator), "nothing was written");
  }

  @Test
  void oneActiveModelPerRegency() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    JsonObject existing =
        Http.object(officer.get("/api/kampung-kb?model=REGENCY_MODEL&region=18.07"), 200);
    if (existing.getJsonNumber("totalElements").longValue() == 0) {
      Http.object(
          officer.post(
              "/api/kampung-kb",
              Fixtures.kampung(ReferenceData.freeVillage(officer), "Model")
                  .add("modelStatus", "REGENCY_MODEL")
                  .build()
                  .toString()),
          201);
    }
    long before = total(officer);
    assertField(
        Http.problem(
            officer.post(
                "/api/kampung-kb",
                Fixtures.kampung(ReferenceData.freeVillage(officer), "Model 2")
                    .add("modelStatus", "REGENCY_MODEL")
                    .build()
                    .toString()),
            409),
        "modelStatus");
    assertEquals(before, total(officer));
  }

  @Test
  void concurrentUpdatesOfTheSameVersionCannotBothWin() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    JsonObject kkb =
        Http.object(
            operator.post(
                "/api/kampung-kb",
                Fixtures.kampung(ReferenceData.freeVillage(operator), "Serentak")
                    .build()
                    .toString()),
            201);
    String path = "/api/kampung-kb/" + kkb.getJsonNumber("id");
    String etag = "\"v" + kkb.getJsonNumber("version") + "\"";
    String village = kkb.getString("villageCode");
    List<CompletableFuture<HttpResponse<String>>> both =
        List.of("A", "B").stream()
            .map(
                n ->
                    CompletableFuture.supplyAsync(
                        () ->
                            operator.put(
                                path,
                                etag,
                                Fixtures.kampung(village, "Serentak " + n).build().toString())))
            .toList();
    List<Integer> statuses = both.stream().map(f -> f.join().statusCode()).sorted().toList();
    assertEquals(200, statuses.get(0), statuses.toString());
    assertTrue(statuses.get(1) == 409 || statuses.get(1) == 412, statuses.toString());
    // A stale If-Match afterwards is refused too.
    Http.problem(
        operator.put(path, etag, Fixtures.kampung(village, "Telat").build().toString()), 412);
    assertFalse(Http.object(operator.get(path), 200).getString("name").equals("Telat"));
  }

  @Test
  void deactivationKeepsTheRecordAndFreesTheVillage() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String village = ReferenceData.freeVillage(operator);
    JsonObject kkb =
        Http.object(
            operator.post("/api/kampung-kb", Fixtures.kampung(village, "Lama").build().toString()),
            201);
    String path = "/api/kampung-kb/" + kkb.getJsonNumber("id");
    assertField(
        Http.problem(
            operator.post(
                path + "/deactivation",
                operator.etag(path),
                "{\"reason\":\"Pemekaran desa\",\"since\":\"2023-01-01\"}"),
            400),
        "since");
    JsonObject inactive =
        Http.object(
            operator.post(
                path + "/deactivation",
                operator.etag(path),
                "{\"reason\":\"Pemekaran desa\",\"since\":\"2025-01-01\"}"),
            200);
    assertEquals("INACTIVE", inactive.getString("status"));
    assertEquals("Pemekaran desa", inactive.getString("inactiveReason"));
    Http.object(
        operator.post("/api/kampung-kb", Fixtures.kampung(village, "Baru").build().toString()),
        201);
    assertEquals(200, operator.get(path).statusCode());
  }

  @Test
  void theDemoRegistryGrowsFrom15In2016To461ByApril2019() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    JsonObject stats =
        Http.object(officer.get("/api/statistics/kampung-kb?region=18&asOf=2019-04-30"), 200);
    JsonObject total = stats.getJsonObject("total");
    assertEquals(461, total.getJsonNumber("total").longValue(), stats.toString());
    JsonObject first = total.getJsonArray("byYear").getJsonObject(0);
    assertEquals(2016, first.getInt("year"));
    assertEquals(15, first.getJsonNumber("declared").longValue());
    assertEquals(15, stats.getJsonArray("byRegency").size());
    assertEquals(1, total.getJsonObject("byModel").getJsonNumber("PROVINCE_MODEL").longValue());

    // A regency operator asking for the province gets its regency only.
    JsonObject scoped =
        Http.object(
            Accounts.user("REGENCY_OPERATOR", "18.07")
                .get("/api/statistics/kampung-kb?region=18&asOf=2019-04-30"),
            200);
    assertEquals("18.07", scoped.getString("region"));
    assertEquals(1, scoped.getJsonArray("byRegency").size());
    Http.problem(officer.get("/api/statistics/kampung-kb?asOf=30-04-2019"), 400);
  }

  @Test
  void aPokjaWithItsOfficersAndEightSectionsAndThreeCadres() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String village = ReferenceData.freeVillage(operator);
    long kkb = Fixtures.registerKampungKb(operator, village, "Kampung KB Pokja");
    List<String> roles = Fixtures.POKJA_OFFICERS;
    long firstPerson = 0;
    for (int i = 0; i < roles.size(); i++) {
      long person = Fixtures.newPerson(operator, village, "Anggota " + i);
      firstPerson = i == 0 ? person : firstPerson;
      Http.object(
          operator.post("/api/kampung-kb/" + kkb + "/pokja", Fixtures.member(person, roles.get(i))),
          201);
    }
    for (String type : List.of("PPKBD", "SUB_PPKBD", "DATA_CADRE")) {
      Fixtures.appointCadre(operator, kkb, village, type);
    }
    assertEquals(
        11, Http.json(operator.get("/api/kampung-kb/" + kkb + "/pokja")).asJsonArray().size());
    assertEquals(
        3, Http.json(operator.get("/api/kampung-kb/" + kkb + "/cadres")).asJsonArray().size());

    // A second chair while the first holds an open term: refused, named.
    long other = Fixtures.newPerson(operator, village, "Calon Ketua");
    assertField(
        Http.problem(
            operator.post("/api/kampung-kb/" + kkb + "/pokja", Fixtures.member(other, "CHAIR")),
            409),
        "role");
    // A person may hold several positions, but not the same one twice.
    Http.object(
        operator.post("/api/kampung-kb/" + kkb + "/pokja", Fixtures.member(firstPerson, "ADVISER")),
        201);
    assertField(
        Http.problem(
            operator.post(
                "/api/kampung-kb/" + kkb + "/pokja", Fixtures.member(firstPerson, "ADVISER")),
            409),
        "personId");

    // After the chair's term ends, a new chair can start the next day.
    long chairId =
        Http.element(operator.get("/api/kampung-kb/" + kkb + "/pokja"), "role", "CHAIR")
            .getJsonNumber("id")
            .longValue();
    Http.object(
        operator.post(
            "/api/kampung-kb/" + kkb + "/pokja/" + chairId + "/end",
            "{\"termEnd\":\"2025-06-30\"}"),
        200);
    String next =
        Json.createObjectBuilder()
            .add("personId", other)
            .add("role", "CHAIR")
            .add("termStart", "2025-07-01")
            .build()
            .toString();
    Http.object(operator.post("/api/kampung-kb/" + kkb + "/pokja", next), 201);

    // Outside the scope: invisible.
    Http.problem(Accounts.user("VIEWER", "18.01").get("/api/kampung-kb/" + kkb + "/pokja"), 404);
  }

  @Test
  void threeMonthsOfFiguresWithConsistencyChecks() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = Fixtures.registerKampungKb(operator, "Kampung KB Angka");
    String path = "/api/kampung-kb/" + kkb + "/figures/";
    for (String month : List.of("2024-04", "2024-05", "2024-06")) {
      JsonObject saved =
          Http.object(operator.put(path + month, Fixtures.figures().build().toString()), 200);
      assertEquals(
          "60.00", saved.getJsonNumber("cpr").bigDecimalValue().setScale(2).toPlainString());
      assertTrue(saved.getBoolean("unmetNeedAssessable"));
    }
    // Correcting a month replaces it, with the ETag read (428 without); still one row per month.
    String corrected = Fixtures.figures().add("usersPill", 41).build().toString();
    Http.assertRefused(
        operator.put(path + "2024-06", corrected), 428, "If-Match", "if-match-required");
    long juneVersion =
        Http.element(operator.get("/api/kampung-kb/" + kkb + "/figures"), "period", "2024-06")
            .getJsonNumber("version")
            .longValue();
    Http.object(operator.put(path + "2024-06", "\"v" + juneVersion + "\"", corrected), 200);
    assertEquals(
        3, Http.json(operator.get("/api/kampung-kb/" + kkb + "/figures")).asJsonArray().size());

    assertField(
        Http.problem(
            operator.put(path + "2024-07", Fixtures.figures().add("pus", 100).build().toString()),
            400),
        "users");
    assertField(
        Http.problem(
            operator.put(
                path + "2024-07", Fixtures.figures().add("families", -1).build().toString()),
            400),
        "families");
    assertField(
        Http.problem(
            operator.put(path + "2024-07", Fixtures.figures().addNull("pus").build().toString()),
            400),
        "pus");
    assertField(
        Http.problem(operator.put(path + "2024-13", Fixtures.figures().build().toString()), 400),
        "period");
    assertField(
        Http.problem(operator.put(path + "2099-01", Fixtures.figures().build().toString()), 400),
        "period");
    assertField(
        Http.problem(operator.put(path + "2023-01", Fixtures.figures().build().toString()), 400),
        "period");
    assertEquals(
        3,
        Http.json(operator.get("/api/kampung-kb/" + kkb + "/figures")).asJsonArray().size(),
        "nothing written");
    Http.problem(
        Accounts.user("VIEWER", "18").put(path + "2024-07", Fixtures.figures().build().toString()),
        403);
  }

  @Test
  void oneRegentsDecreeCoversManyKampungKb() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long a = Fixtures.registerKampungKb(operator, "SK A");
    long b = Fixtures.registerKampungKb(operator, "SK B");
    String number = "400/" + System.nanoTime() % 100000 + "/SK/2024";
    HttpResponse<String> created = operator.post("/api/decrees", decree(number, "18.07", a, b));
    JsonObject sk = Http.object(created, 201);
    assertEquals("REGENCY", sk.getString("issuerLevel"));
    assertEquals(2, sk.getJsonArray("kampungKbIds").size());
    assertEquals(
        1, Http.json(operator.get("/api/kampung-kb/" + a + "/decrees")).asJsonArray().size());

    assertField(
        Http.problem(operator.post("/api/decrees", decree(number, "18.07", a, b)), 409), "number");
    // The governor's decrees are the province's to record; a village head's covers only the
    // village.
    Http.problem(operator.post("/api/decrees", decree(number + "-P", "18", a, b)), 403);
    String villageOfA =
        Http.object(operator.get("/api/kampung-kb/" + a), 200).getString("villageCode");
    assertField(
        Http.problem(operator.post("/api/decrees", decree(number + "-V", villageOfA, a, b)), 400),
        "kampungKbIds");
  }

  /** A fresh body each time: a JSON-P builder is emptied by build(). */
  private static String decree(String number, String issuer, long... kampungKbIds) {
    jakarta.json.JsonArrayBuilder ids = Json.createArrayBuilder();
    for (long id : kampungKbIds) {
      ids.add(id);
    }
    return Json.createObjectBuilder()
        .add("number", number)
        .add("date", "2024-05-02")
        .add("issuerRegion", issuer)
        .add("signerName", "Bupati Lampung Timur")
        .add("signerPosition", "Bupati")
        .add("subject", "POKJA_FORMATION")
        .add("kampungKbIds", ids)
        .build()
        .toString();
  }

  @Test
  void aNewProfileVersionReplacesTheActiveOneAndKeepsHistory() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = Fixtures.registerKampungKb(operator, "Kampung KB Profil");
    String path = "/api/kampung-kb/" + kkb + "/profiles";
    Http.problem(operator.get(path + "/active"), 404);
    JsonObject first =
        Http.object(
            operator.post(path, Fixtures.profile("2024-04-01", true, 12, "DANA_DESA")), 201);
    assertTrue(first.getBoolean("active"));
    assertEquals(
        "19860926 201505 1 001".replace(" ", ""),
        first.getJsonObject("checklist").getJsonObject("pkbNip").getString("value"));
    Http.object(operator.post(path, Fixtures.profile("2025-01-01", true, 15, "APBD")), 201);
    JsonObject active = Http.object(operator.get(path + "/active"), 200);
    assertEquals("2025-01-01", active.getString("validFrom"));
    assertEquals(15, active.getJsonObject("checklist").getInt("pokjaMembers"));
    assertEquals(2, Http.json(operator.get(path)).asJsonArray().size());

    // Refused, each naming its field: valid from before the active version (before both, between
    // the two), Pokja members without a Pokja, an unknown funding source.
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put(Fixtures.profile("2023-01-01", true, 1, "APBD"), "validFrom");
    refused.put(Fixtures.profile("2024-06-01", true, 1, "APBD"), "validFrom");
    refused.put(Fixtures.profile("2025-06-01", false, 5, "APBD"), "pokjaExists");
    refused.put(Fixtures.profile("2025-06-01", true, 5, "LOTTERY"), "fundingSources");
    refused.forEach(
        (profile, field) -> assertField(Http.problem(operator.post(path, profile), 400), field));
    assertEquals(2, Http.json(operator.get(path)).asJsonArray().size(), "nothing written");
  }

  private static long total(Http as) {
    return Http.total(as.get("/api/kampung-kb?size=1"));
  }

  private static void assertField(JsonObject problem, String field) {
    assertEquals(
        field,
        problem.getJsonArray("errors").getJsonObject(0).getString("field"),
        problem.toString());
  }
}
