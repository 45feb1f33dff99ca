package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** The reference scenario's assessment: two assessors score Sidodadi, verified and approved. */
final class FreshAssessmentScenario {

  private FreshAssessmentScenario() {}

  /** Through the API: replaced by the assessment pages once they exist. */
  static long scoreVerifyAndApprove(String operatorName, String officerName, long kkb) {
    Http operator = Http.basic(operatorName, Accounts.PASSWORD);
    Http province = Http.basic(officerName, Accounts.PASSWORD);
    Http chair = Accounts.user("ASSESSOR", "18.07");
    Http second = Accounts.user("ASSESSOR", "18.07");
    JsonObject instrument =
        Http.json(operator.get("/api/instruments")).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("code").equals("COE-KKB") && i.getBoolean("published"))
            .findFirst()
            .orElseThrow();
    List<String> indicators =
        instrument.getJsonArray("indicators").stream()
            .map(i -> i.asJsonObject().getString("code"))
            .toList();
    String setup =
        Json.createObjectBuilder()
            .add("kampungKbId", kkb)
            .add("instrumentId", instrument.getJsonNumber("id"))
            .add("period", "2020")
            .add("stage", "REGENCY")
            .add(
                "team",
                Json.createArrayBuilder().add(member(chair, true)).add(member(second, false)))
            .add("paperReviewDate", "2020-07-01")
            .add("fieldVisitDate", "2020-07-08")
            .build()
            .toString();
    long id =
        Http.object(operator.post("/api/assessments", setup), 201).getJsonNumber("id").longValue();
    String base = "/api/assessments/" + id;
    for (String code : indicators) {
      Http.object(chair.post(base + "/scores", score(code, 4)), 201);
      Http.object(second.post(base + "/scores", score(code, 4)), 201);
    }
    Http.object(chair.post(base + "/scores/submission", "{}"), 200);
    Http.object(second.post(base + "/scores/submission", "{}"), 200);
    Http.object(chair.post(base + "/submission", "{}"), 200);
    Http.object(operator.post(base + "/verification", "{}"), 200);
    assertEquals(
        "APPROVED", Http.object(province.post(base + "/approval", "{}"), 200).getString("status"));
    return id;
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
}
