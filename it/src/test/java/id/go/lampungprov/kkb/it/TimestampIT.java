package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PAdES B-T with {@code KKB_TSA_URL} (it/pom.xml: the {@link StandInTimestampAuthority} of this
 * JVM): an issued document's signature carries a timestamp that the API and the public verification
 * page report; while the authority is down nothing is issued and the number taken is given back.
 */
@ExtendWith(ArquillianExtension.class)
class TimestampIT {

  @Test
  void anIssuedDocumentCarriesATimestampThatTheVerificationPageShows() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event = ReferenceData.referenceEvent(operator);
    JsonObject issued =
        Http.object(
            operator.post("/api/events/" + event + "/documents/daftar-hadir?marked=true", "{}"),
            201);
    String id = issued.getString("id");
    byte[] pdf = operator.getBytes("/api/documents/" + id + "/pdf").body();

    JsonObject check = Pdfs.verify(pdf);
    assertTrue(check.getBoolean("trusted"), check.toString());
    JsonObject stamp = check.getJsonObject("timestamp");
    assertTrue(
        stamp.getBoolean("tokenValid")
            && stamp.getBoolean("coversSignature")
            && stamp.getBoolean("trusted"),
        stamp.toString());
    assertTrue(stamp.getString("authority").contains("Stand-in TSA"), stamp.toString());

    String page = Http.anonymous().get("/verify/" + id).body();
    assertTrue(page.contains("Cap waktu: "), page);
    assertTrue(page.contains(" oleh Stand-in TSA (test only)"), page);
    assertTrue(page.contains("Timestamp: "), page);
  }

  @Test
  void whileTheAuthorityIsDownNothingIsIssuedAndTheNumberIsGivenBack() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String path =
        "/api/events/" + ReferenceData.referenceEvent(operator) + "/documents/laporan-kegiatan";
    long before = seq(operator.post(path, "{}"));
    StandInTimestampAuthority.shared().down(true);
    try {
      JsonObject problem = Http.problem(operator.post(path, "{}"), 503);
      assertEquals("urn:kampung-kb:problem:tsa-unavailable", problem.getString("type"));
      assertTrue(problem.getString("detail").contains("number was given back"), problem.toString());
    } finally {
      StandInTimestampAuthority.shared().down(false);
    }
    assertEquals(before + 1, seq(operator.post(path, "{}")), "the number was used again");
  }

  private static long seq(HttpResponse<String> response) {
    return Long.parseLong(Http.object(response, 201).getString("number").split("/")[1]);
  }
}
