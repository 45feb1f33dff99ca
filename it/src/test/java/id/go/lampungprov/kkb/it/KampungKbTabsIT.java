package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Kampung KB's page belongs to registration; its classification and assessment tabs read from the
 * assessment context (docs/boundaries.md). They show what the API shows.
 */
@ExtendWith(ArquillianExtension.class)
class KampungKbTabsIT {

  @Test
  void theClassificationAndAssessmentTabsShowWhatTheApiShows() {
    String username = Accounts.username("VIEWER", "18.07");
    Http api = Http.basic(username, Accounts.PASSWORD);
    long kkb = ReferenceData.sidodadi(api);
    Browser pages = new Browser();
    assertEquals(302, pages.login(username, Accounts.PASSWORD, null).statusCode());

    JsonObject classification = Http.object(api.get("/api/classifications/" + kkb), 200);
    String tab = page(pages, kkb, "classification");
    assertTrue(tab.contains("<strong id=\"class\">"), tab);
    assertTrue(tab.contains(classification.getString("ruleSetVersion")), tab);
    assertTrue(tab.contains(classification.getString("dataPeriod")), tab);

    String assessments = page(pages, kkb, "assessments");
    for (JsonValue a :
        Http.json(api.get("/api/kampung-kb/" + kkb + "/assessments")).asJsonArray()) {
      String period = a.asJsonObject().getString("period");
      assertTrue(assessments.contains(period), period + " in " + assessments);
    }
  }

  private static String page(Browser pages, long kkb, String tab) {
    return pages.page("/kampung-kb/detail.xhtml?id=" + kkb + "&tab=" + tab);
  }
}
