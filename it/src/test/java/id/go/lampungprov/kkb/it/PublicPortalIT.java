package id.go.lampungprov.kkb.it;

import static id.go.lampungprov.kkb.it.ReferenceData.SIDODADI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public portal's API without an account: open where it should be and nowhere else, cached by
 * ETag, readable cross-site, files that match the JSON, and no person in any answer.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPortalIT {

  static final String[] PUBLIC_API = {
    "/api/public/home",
    "/api/public/kampung-kb",
    "/api/public/kampung-kb?region=18.07&class=NOT_CLASSIFIED&page=0&size=5",
    "/api/public/statistics",
    "/api/public/statistics?region=18.07",
    "/api/public/statistics?region=18.07.04",
    "/api/public/map"
  };

  @Test
  void publicEndpointsAnswerWithoutAnAccountAndStaffEndpointsStillDoNot() {
    Http anonymous = Http.anonymous();
    for (String path : PUBLIC_API) {
      assertEquals(200, anonymous.get(path).statusCode(), path);
    }
    long sidodadi = ReferenceData.sidodadi(Accounts.admin());
    JsonObject profile = Http.object(anonymous.get("/api/public/kampung-kb/" + sidodadi), 200);
    assertEquals(SIDODADI, profile.getString("villageCode"));
    assertEquals("Pekalongan", profile.getString("district"));
    assertFalse(profile.getJsonArray("events").isEmpty(), "the reference event was held there");
    for (String staff :
        new String[] {
          "/api/kampung-kb",
          "/api/persons",
          "/api/events",
          "/api/kampung-kb/" + sidodadi,
          "/api/reports/rekapitulasi",
          "/api/kampung-kb/" + sidodadi + "/pokja"
        }) {
      assertEquals(401, anonymous.get(staff).statusCode(), staff);
    }
    // Writing stays closed, even under /api/public/.
    assertNotEquals(200, anonymous.post("/api/public/home", "{}").statusCode());
    Http.problem(anonymous.get("/api/public/kampung-kb/999999999"), 404);
    Http.assertRefused(anonymous.get("/api/public/kampung-kb?class=GOLD"), 400, "class", "enum");
    Http.assertRefused(anonymous.get("/api/public/kampung-kb?size=500"), 400, "size", "range");
    Http.assertRefused(
        anonymous.get("/api/public/statistics?region=18.07.04.2003"),
        400,
        "region",
        "province-regency-or-district");
  }

  @Test
  void theOpenApiDocumentListsThePublicApi() {
    JsonObject paths =
        Http.object(Accounts.admin().get("/openapi", "application/json"), 200)
            .getJsonObject("paths");
    for (String path :
        new String[] {
          "/api/public/home",
          "/api/public/kampung-kb",
          "/api/public/kampung-kb/{id}",
          "/api/public/statistics",
          "/api/public/map"
        }) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
    }
  }

  @Test
  void answersCarryAnETagAndAreNotSentAgainWhileNothingChanged() {
    Http anonymous = Http.anonymous();
    HttpResponse<String> first = anonymous.get("/api/public/statistics?region=18.07");
    String tag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElse(""));
    HttpResponse<String> again = ifNoneMatch("/api/public/statistics?region=18.07", tag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    // Another question has another tag.
    assertEquals(200, ifNoneMatch("/api/public/statistics?region=18.07.04", tag).statusCode());
    // A change through the application moves every tag.
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    intervention(operator, ReferenceData.sidodadi(operator));
    assertEquals(200, ifNoneMatch("/api/public/statistics?region=18.07", tag).statusCode());
  }

  @Test
  void otherSitesMayReadTheApiWithGetOnly() {
    HttpResponse<String> get = Http.anonymous().get("/api/public/home");
    assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertTrue(
        get.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
    HttpResponse<String> preflight =
        Http.anonymous()
            .send(
                HttpRequest.newBuilder(URI.create(Http.BASE + "/api/public/home"))
                    .header("Origin", "https://example.org")
                    .header("Access-Control-Request-Method", "GET")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, preflight.statusCode());
    assertEquals(
        "GET, HEAD", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
    // The staff API is not opened to other sites.
    assertTrue(
        Http.anonymous()
            .get("/api/kampung-kb")
            .headers()
            .firstValue("Access-Control-Allow-Origin")
            .isEmpty());
  }

  @Test
  void statisticsFilesHaveTheJsonLinesAndTheTotal() {
    Http anonymous = Http.anonymous();
    for (String region : new String[] {"18", "18.07", "18.07.04"}) {
      JsonObject json = Http.object(anonymous.get("/api/public/statistics?region=" + region), 200);
      JsonArray lines = json.getJsonArray("lines");
      assertFalse(lines.isEmpty(), region);
      HttpResponse<String> csv =
          anonymous.get("/api/public/statistics?format=csv&region=" + region);
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      assertTrue(
          csv.headers()
              .firstValue("Content-Disposition")
              .orElse("")
              .contains("statistik-" + region + "-"));
      String[] rows = csv.body().split("\r\n");
      // header, one row per line, the total
      assertEquals(lines.size() + 2, rows.length, csv.body());
      long total = json.getJsonObject("total").getJsonNumber("kampungKb").longValue();
      assertEquals(String.valueOf(total), rows[rows.length - 1].split(",")[3]);
      assertEquals(
          total, lines.stream().mapToLong(l -> l.asJsonObject().getInt("kampungKb")).sum());
      HttpResponse<byte[]> xlsx =
          anonymous.getBytes("/api/public/statistics?format=xlsx&region=" + region);
      assertEquals(200, xlsx.statusCode());
      assertEquals('P', xlsx.body()[0]);
      assertEquals('K', xlsx.body()[1]);
    }
    // The directory lists exactly the active Kampung KB the statistics count.
    long regency =
        Http.object(anonymous.get("/api/public/statistics?region=18.07"), 200)
            .getJsonObject("total")
            .getJsonNumber("kampungKb")
            .longValue();
    assertEquals(regency, Http.total(anonymous.get("/api/public/kampung-kb?region=18.07&size=1")));
  }

  @Test
  void photosArePublicOnlyOnceStaffMarkThem() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long sidodadi = ReferenceData.sidodadi(operator);
    long intervention = intervention(operator, sidodadi);
    String photos = "/api/interventions/" + intervention + "/photos";
    long shown =
        Http.object(
                operator.upload(
                    "POST", photos + "?stage=AFTER", "image/png", Files.image("png", 40, 30)),
                201)
            .getJsonNumber("id")
            .longValue();
    long hidden =
        Http.object(
                operator.upload(
                    "POST", photos + "?stage=BEFORE", "image/png", Files.image("png", 40, 30)),
                201)
            .getJsonNumber("id")
            .longValue();
    assertTrue(publicPhotoIds(sidodadi).isEmpty() || !publicPhotoIds(sidodadi).contains(shown));
    Http.problem(Http.anonymous().get("/api/public/photos/" + shown), 404);

    JsonObject marked = Http.object(operator.put(photos + "/" + shown + "/public", null, ""), 200);
    assertTrue(marked.getBoolean("publicPhoto"));

    assertTrue(publicPhotoIds(sidodadi).contains(shown));
    assertFalse(publicPhotoIds(sidodadi).contains(hidden));
    HttpResponse<byte[]> photo = Http.anonymous().getBytes("/api/public/photos/" + shown);
    assertEquals(200, photo.statusCode());
    assertEquals("image/png", photo.headers().firstValue("Content-Type").orElse(""));
    Http.problem(Http.anonymous().get("/api/public/photos/" + hidden), 404);
    // Only staff who may change the Kampung KB decide.
    Http.problem(Http.anonymous().put(photos + "/" + hidden + "/public", null, ""), 401);
  }

  @Test
  void noPublicAnswerNamesAPersonOrAPhoneNumber() {
    Set<String> personal = personalData();
    long sidodadi = ReferenceData.sidodadi(Accounts.admin());
    List<String> answers = new ArrayList<>();
    for (String path : PUBLIC_API) {
      answers.add(Http.anonymous().get(path).body());
    }
    answers.add(Http.anonymous().get("/api/public/kampung-kb/" + sidodadi).body());
    answers.add(Http.anonymous().get("/api/public/kampung-kb?region=" + SIDODADI).body());
    answers.add(Http.anonymous().get("/api/public/statistics?format=csv&region=18.07.04").body());
    for (String answer : answers) {
      for (String p : personal) {
        assertFalse(answer.contains(p), "public answer names \"" + p + "\": " + answer);
      }
    }
  }

  /**
   * The names and phone numbers of the demo data's persons as staff see them: the Pokja and cadres
   * of every Kampung KB in Sidodadi's district, the reference event's participants.
   */
  static Set<String> personalData() {
    Http admin = Accounts.admin();
    Set<String> personal = new LinkedHashSet<>();
    // Every Kampung KB of Kecamatan Pekalongan, Sidodadi's district: their Pokja and cadres.
    for (JsonValue k :
        Http.object(admin.get("/api/kampung-kb?status=ACTIVE&size=50&region=18.07.04"), 200)
            .getJsonArray("content")) {
      long id = k.asJsonObject().getJsonNumber("id").longValue();
      for (JsonValue m : Http.json(admin.get("/api/kampung-kb/" + id + "/pokja")).asJsonArray()) {
        collect(m.asJsonObject().getJsonObject("person"), personal);
      }
      for (JsonValue c : Http.json(admin.get("/api/kampung-kb/" + id + "/cadres")).asJsonArray()) {
        collect(c.asJsonObject().getJsonObject("person"), personal);
      }
    }
    long event = ReferenceData.referenceEvent(admin);
    for (JsonValue p :
        Http.json(admin.get("/api/events/" + event + "/participants")).asJsonArray()) {
      collect(p.asJsonObject(), personal);
    }
    assertTrue(personal.size() > 20, "the demo data's persons: " + personal);
    return personal;
  }

  /** Full names and phone numbers (as stored and as typed) of a person or participant. */
  private static void collect(JsonObject person, Set<String> into) {
    if (person == null) {
      return;
    }
    for (String field : new String[] {"fullName", "phone"}) {
      if (person.containsKey(field) && !person.isNull(field)) {
        String value = person.getString(field).strip();
        String digits = value.replaceAll("\\D", "");
        if (value.length() >= 5) {
          into.add(value);
        }
        if (field.equals("phone") && digits.length() >= 8) {
          into.add(digits);
        }
      }
    }
  }

  /** The ids of the photos the public profile of this Kampung KB shows. */
  static Set<Long> publicPhotoIds(long kampungKb) {
    Set<Long> ids = new LinkedHashSet<>();
    for (JsonValue i :
        Http.object(Http.anonymous().get("/api/public/kampung-kb/" + kampungKb), 200)
            .getJsonArray("interventions")) {
      for (JsonValue p : i.asJsonObject().getJsonArray("photos")) {
        ids.add(p.asJsonObject().getJsonNumber("id").longValue());
      }
    }
    return ids;
  }

  private static long intervention(Http operator, long kampungKb) {
    String body =
        Json.createObjectBuilder()
            .add("kampungKbId", kampungKb)
            .add("date", "2020-05-20")
            .add("title", "Penyuluhan gizi keluarga")
            .add("agencyId", ReferenceData.agency(operator, "DINSOS"))
            .add("familyFunction", "EDUCATION")
            .add("targetGroups", Json.createArrayBuilder().add("FAMILIES"))
            .add("description", "Disampaikan oleh petugas")
            .build()
            .toString();
    return Http.object(operator.post("/api/interventions", body), 201)
        .getJsonNumber("id")
        .longValue();
  }

  private static HttpResponse<String> ifNoneMatch(String path, String tag) {
    return Http.anonymous()
        .send(
            HttpRequest.newBuilder(URI.create(Http.BASE + path))
                .header("If-None-Match", tag)
                .GET());
  }

  /**
   * A flood from one address: past the budget (KKB_PUBLIC_PER_MINUTE, 300 on the test server) the
   * API answers 429 problem+json and the pages 429 text, both with Retry-After; another address is
   * served meanwhile. Own loopback addresses, so no other test's requests count.
   */
  @Test
  void aFloodFromOneAddressGets429AndOthersAreStillServed() {
    FromAddress flood = new FromAddress("127.0.0.21");
    int served = 0;
    FromAddress.Answer answer = null;
    for (int i = 0; i < 400; i++) {
      answer = flood.send("GET", "/api/public/map", Map.of(), null);
      if (answer.status() != 200) {
        break;
      }
      served++;
    }
    assertEquals(300, served, "the budget of a minute");
    assertEquals(429, answer.status(), answer.body());
    assertTrue(answer.headers().get("content-type").startsWith("application/problem+json"));
    assertTrue(answer.body().contains("\"status\":429"), answer.body());
    long retry = Long.parseLong(answer.headers().get("retry-after"));
    assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);

    FromAddress.Answer page = flood.send("GET", "/publik/index.xhtml", Map.of(), null);
    assertEquals(429, page.status());
    assertTrue(page.body().startsWith("Terlalu banyak permintaan"), page.body());
    assertTrue(page.headers().containsKey("retry-after"));

    assertEquals(
        200, new FromAddress("127.0.0.22").send("GET", "/api/public/map", Map.of(), null).status());
  }
}
