package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A COE assessment of Kampung KB Sidodadi by three assessors, from set-up to designation. */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

  @Test
  void threeAssessorsScoreBlindTheChairConsolidatesAndTheProvinceDesignatesACoe() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http province = Accounts.user("PROVINCE_OFFICER", "18");
    Http chair = Accounts.user("ASSESSOR", "18.07");
    Http second = Accounts.user("ASSESSOR", "18.07");
    Http third = Accounts.user("ASSESSOR", "18");
    Http outsider = Accounts.user("ASSESSOR", "18.07");
    JsonObject instrument = defaultInstrument(operator);
    List<String> indicators =
        instrument.getJsonArray("indicators").stream()
            .map(i -> i.asJsonObject().getString("code"))
            .toList();
    assertEquals(9, indicators.size());

    String setup =
        Json.createObjectBuilder()
            .add("kampungKbId", ReferenceData.sidodadi(operator))
            .add("instrumentId", instrument.getJsonNumber("id"))
            .add("period", "2020")
            .add("stage", "REGENCY")
            .add(
                "team",
                Json.createArrayBuilder()
                    .add(member(chair, true))
                    .add(member(second, false))
                    .add(member(third, false)))
            .add("paperReviewDate", "2020-07-01")
            .add("fieldVisitDate", "2020-07-08")
            .build()
            .toString();
    long id =
        Http.object(operator.post("/api/assessments", setup), 201).getJsonNumber("id").longValue();
    String base = "/api/assessments/" + id;
    Http.assertRefused(
        province.post(base + "/approval", province.etag(base), "{}"),
        409,
        "status",
        "status-draft");

    for (String code : indicators) {
      JsonObject own = Http.object(chair.post(base + "/scores", score(code, 4)), 201);
      if (code.equals("IN-1")) {
        String evidence =
            base + "/scores/" + own.getJsonNumber("id") + "/evidence?caption=SK%20Pokja";
        Http.object(chair.upload("POST", evidence, "image/png", Files.image("png", 200, 100)), 201);
        Http.assertRefused(
            chair.upload("POST", evidence, "application/pdf", "not a pdf".getBytes()),
            415,
            "evidence",
            "file-type");
        Http.problem(second.upload("POST", evidence, "image/png", Files.image("png", 20, 20)), 404);
      }
      Http.object(second.post(base + "/scores", score(code, code.equals("IN-1") ? 2 : 4)), 201);
      Http.object(third.post(base + "/scores", score(code, 4)), 201);
    }
    Http.assertRefused(chair.post(base + "/scores", score("IN-1", 3)), 409, "indicator", "once");
    Http.problem(outsider.post(base + "/scores", score("IN-1", 3)), 403);
    Http.assertRefused(chair.post(base + "/scores", score("IN-2", 5)), 400, "level", "range");

    // Blind: before everyone has submitted, each sees only their own scores.
    assertEquals(indicators.size(), Http.json(second.get(base + "/scores")).asJsonArray().size());
    assertEquals(0, Http.json(province.get(base + "/scores")).asJsonArray().size());
    Http.object(chair.post(base + "/scores/submission", "{}"), 200);
    Http.object(second.post(base + "/scores/submission", "{}"), 200);
    Http.assertRefused(
        chair.post(base + "/submission", chair.etag(base), "{}"), 409, "scores", "scores-pending");
    Http.object(third.post(base + "/scores/submission", "{}"), 200);
    assertEquals(
        3 * indicators.size(), Http.json(second.get(base + "/scores")).asJsonArray().size());

    // Levels 4, 2, 4 differ by two: the chair agrees a level with the reason.
    String agreed =
        Json.createObjectBuilder()
            .add("level", 4)
            .add("reason", "SK Pokja diperlihatkan saat kunjungan")
            .build()
            .toString();
    Http.problem(second.put(base + "/consensus/IN-1", null, agreed), 403);
    JsonObject consolidated = Http.object(chair.put(base + "/consensus/IN-1", null, agreed), 200);
    assertTrue(consolidated.getBoolean("allScoresSubmitted"));

    JsonObject submitted =
        Http.object(chair.post(base + "/submission", chair.etag(base), "{}"), 200);
    assertEquals("SUBMITTED", submitted.getString("status"));
    assertEquals(
        0,
        submitted
            .getJsonNumber("total")
            .bigDecimalValue()
            .compareTo(new java.math.BigDecimal("100")));
    assertEquals("COE", submitted.getString("category"));
    Http.problem(
        Accounts.user("REGENCY_OPERATOR", "18.01")
            .post(base + "/verification", operator.etag(base), "{}"),
        404);
    // Without If-Match no state changes: 428, naming the header.
    Http.assertRefused(
        operator.post(base + "/verification", "{}"), 428, "If-Match", "if-match-required");

    // Nobody reviews what they scored: the third assessor, made a province officer since, may
    // neither verify nor approve this assessment.
    JsonObject thirdAccount = Http.object(third.get("/api/me"), 200);
    String raise =
        Json.createObjectBuilder()
            .add("fullName", thirdAccount.getString("fullName"))
            .add("role", "PROVINCE_OFFICER")
            .add("scope", "18")
            .add("active", true)
            .add("version", thirdAccount.getJsonNumber("version").longValue())
            .build()
            .toString();
    Http.object(
        Accounts.admin().put("/api/accounts/" + thirdAccount.getJsonNumber("id"), raise), 200);
    JsonObject ownVerification =
        Http.problem(third.post(base + "/verification", third.etag(base), "{}"), 403);
    assertTrue(ownVerification.getString("detail").contains("team"), ownVerification.toString());

    Http.object(operator.post(base + "/verification", operator.etag(base), "{}"), 200);
    Http.problem(third.post(base + "/approval", third.etag(base), "{}"), 403);
    JsonObject approved =
        Http.object(province.post(base + "/approval", province.etag(base), "{}"), 200);
    assertEquals("APPROVED", approved.getString("status"));

    JsonArray designations = Http.json(operator.get("/api/coe-designations")).asJsonArray();
    assertTrue(
        designations.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(d -> d.getJsonNumber("assessmentId").longValue() == id),
        designations.toString());

    String minutes = Pdfs.text(operator, base + "/documents/berita-acara");
    assertTrue(
        minutes
            .replaceAll("\\s+", " ")
            .contains("Pada hari ini Rabu tanggal delapan bulan Juli tahun dua ribu dua puluh"),
        minutes);
    assertTrue(
        minutes.contains("BERITA ACARA PENILAIAN")
            && minutes.contains("Center of Excellence (COE)"),
        minutes);
    assertTrue(minutes.contains("100,00"), minutes);
    JsonObject issuedMinutes =
        Http.object(operator.post(base + "/documents/berita-acara", "{}"), 201);
    assertEquals("BERITA_ACARA_PENILAIAN", issuedMinutes.getString("type"));

    // Approved is locked.
    Http.assertRefused(chair.post(base + "/scores", score("IN-2", 1)), 409, "status", "locked");
    String reason = Json.createObjectBuilder().add("reason", "Salah hitung").build().toString();
    Http.assertRefused(
        province.post(base + "/return", province.etag(base), reason), 409, "status", "locked");

    JsonArray audit =
        Http.object(
                Accounts.admin().get("/api/audit?size=100&entityType=Assessment&entityId=" + id),
                200)
            .getJsonArray("content");
    List<String> states = audit.stream().map(e -> e.asJsonObject().toString()).toList();
    for (String status : List.of("SUBMITTED", "VERIFIED", "APPROVED")) {
      assertTrue(states.stream().anyMatch(s -> s.contains(status)), status + " in " + states);
    }
    Http.problem(Accounts.user("REGENCY_OPERATOR", "18.01").get(base), 404);
  }

  @Test
  void instrumentWeightsMustSumToOneHundredAndPublishedOnesAreImmutable() {
    Http province = Accounts.user("PROVINCE_OFFICER", "18");
    int before = Http.json(province.get("/api/instruments")).asJsonArray().size();
    JsonArrayBuilder indicators = Json.createArrayBuilder();
    indicators.add(indicator("A-1", 50)).add(indicator("A-2", 49));
    String ninetyNine =
        Json.createObjectBuilder()
            .add("code", "UJI-BOBOT")
            .add("title", "Instrumen uji")
            .add("indicators", indicators)
            .add("bands", Json.createArrayBuilder().add(85).add(70).add(55))
            .build()
            .toString();
    Http.assertRefused(
        province.post("/api/instruments", ninetyNine), 400, "indicators.weight", "sum-100");
    assertEquals(before, Http.json(province.get("/api/instruments")).asJsonArray().size());

    JsonObject published = defaultInstrument(province);
    String change = ninetyNine.replace("49", "50");
    Http.assertRefused(
        province.put(
            "/api/instruments/" + published.getJsonNumber("id"),
            province.etag("/api/instruments/" + published.getJsonNumber("id")),
            change),
        409,
        "status",
        "published");
    Http.problem(Accounts.user("REGENCY_OPERATOR", "18.07").post("/api/instruments", change), 403);
  }

  private static JsonObject defaultInstrument(Http as) {
    return Http.json(as.get("/api/instruments")).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("code").equals("COE-KKB") && i.getBoolean("published"))
        .findFirst()
        .orElseThrow();
  }

  private static jakarta.json.JsonObjectBuilder member(Http assessor, boolean chair) {
    String username = Http.object(assessor.get("/api/me"), 200).getString("username");
    return Json.createObjectBuilder().add("username", username).add("chair", chair);
  }

  private static String score(String indicator, int level) {
    return Json.createObjectBuilder()
        .add("indicator", indicator)
        .add("level", level)
        .add("note", "Dinilai dari dokumen dan kunjungan")
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder indicator(String code, int weight) {
    return Json.createObjectBuilder()
        .add("aspect", "Input")
        .add("code", code)
        .add("title", "Indikator " + code)
        .add("weight", weight)
        .add("rubric", Json.createArrayBuilder().add("1").add("2").add("3").add("4"));
  }
}
