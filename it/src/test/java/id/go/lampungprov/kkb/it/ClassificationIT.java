package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The automatic classification over HTTP, on the demo data. */
@ExtendWith(ArquillianExtension.class)
class ClassificationIT {

  private static final List<String> CLASSES =
      List.of("DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN", "NOT_CLASSIFIED");

  @Test
  void theProvinceCountsPerClassAndRegencyAddUpAndEachExplainsItself() {
    Http viewer = Accounts.user("VIEWER", "18");
    JsonObject summary = Http.object(viewer.get("/api/classifications?region=18&size=50"), 200);
    assertEquals("PORTAL-12-v1", summary.getString("ruleSetVersion"));
    long active = Http.total(viewer.get("/api/kampung-kb?status=ACTIVE&region=18&size=1"));
    JsonObject counts = summary.getJsonObject("counts");
    assertEquals(CLASSES, List.copyOf(counts.keySet()));
    long sum = CLASSES.stream().mapToLong(c -> counts.getJsonNumber(c).longValue()).sum();
    assertEquals(active, sum);
    assertTrue(active >= 461);
    assertEquals(15, summary.getJsonObject("byRegency").size());
    long regencySum =
        summary.getJsonObject("byRegency").values().stream()
            .flatMap(v -> v.asJsonObject().values().stream())
            .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
            .sum();
    assertEquals(active, regencySum);
    JsonObject first = summary.getJsonArray("content").getJsonObject(0);
    assertEquals(12, first.getJsonArray("indicators").size());
    assertTrue(CLASSES.contains(first.getString("kampungKbClass")));
  }

  @Test
  void newFiguresReclassifyAndMissingPusIsNotAssessable() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = ReferenceData.sidodadi(operator);
    JsonObject before = Http.object(operator.get("/api/classifications/" + kkb), 200);
    assertTrue(before.getBoolean("current"));
    assertEquals("2020-05", before.getString("dataPeriod"), "the demo's latest month");
    int history =
        Http.json(operator.get("/api/classifications/" + kkb + "/history")).asJsonArray().size();

    String noCouples =
        Fixtures.figures()
            .add("pus", 0)
            .add("usersIud", 0)
            .add("usersMow", 0)
            .add("usersMop", 0)
            .add("usersCondom", 0)
            .add("usersImplant", 0)
            .add("usersInjectable", 0)
            .add("usersPill", 0)
            .add("nonUsersPregnant", 0)
            .add("nonUsersWantChildSoon", 0)
            .add("nonUsersIat", 0)
            .add("nonUsersTial", 0)
            .build()
            .toString();
    Http.object(operator.put("/api/kampung-kb/" + kkb + "/figures/2020-06", noCouples), 200);

    JsonObject after = Http.object(operator.get("/api/classifications/" + kkb), 200);
    assertEquals("2020-06", after.getString("dataPeriod"));
    JsonObject cpr = indicator(after, "CPR");
    assertFalse(cpr.getBoolean("assessable"));
    assertTrue(absent(cpr, "score"));
    assertFalse(indicator(after, "UNMET_NEED").getBoolean("assessable"));
    assertTrue(absent(after, "outputIndex"), "an index with a gap is not computed");
    assertEquals(
        history + 1,
        Http.json(operator.get("/api/classifications/" + kkb + "/history")).asJsonArray().size());

    // Outside the scope: not found, and no counts.
    Http south = Accounts.user("VIEWER", "18.01");
    Http.problem(south.get("/api/classifications/" + kkb), 404);
    JsonObject none = Http.object(south.get("/api/classifications?region=18.07"), 200);
    assertEquals(0, none.getJsonArray("content").size());
  }

  /** JSON-B leaves out null fields. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static JsonObject indicator(JsonObject classification, String code) {
    return classification.getJsonArray("indicators").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("indicator").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
