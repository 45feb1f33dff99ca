package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cross-sector interventions and their photos, on the demo Kampung KB Sidodadi. */
@ExtendWith(ArquillianExtension.class)
class InterventionIT {

  @Test
  void photosAreCheckedForWhatTheyAreAndNothingIsWrittenOnRefusal() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long id =
        register(
            operator, intervention(sidodadi(operator), ReferenceData.agency(operator, "DINSOS")));
    String photos = "/api/interventions/" + id + "/photos";
    long filesBefore = auditCount("File");

    byte[] noise = new byte[5_000_000];
    new Random(42).nextBytes(noise);
    noise[0] = 'G';
    Http.assertRefused(
        operator.upload("POST", photos + "?stage=BEFORE", "image/jpeg", noise),
        415,
        "photo",
        "not-an-image");

    byte[] tooLarge = new byte[5 * 1024 * 1024 + 10];
    System.arraycopy(Files.image("png", 4, 4), 0, tooLarge, 0, 8);
    Http.assertRefused(
        operator.upload("POST", photos + "?stage=BEFORE", "image/png", tooLarge),
        413,
        "photo",
        "max-size");
    byte[] png = Files.image("png", 640, 480);
    Http.assertRefused(
        operator.upload("POST", photos + "?stage=BEFORE", "image/jpeg", png),
        415,
        "photo",
        "content-type-mismatch");
    Http.assertRefused(
        operator.upload("POST", photos + "?stage=DURING", "image/png", png), 400, "stage", "enum");
    assertEquals(0, photos(operator, id).size(), "no photo written");
    assertEquals(filesBefore, auditCount("File"), "no file stored");

    JsonObject stored =
        Http.object(
            operator.upload("POST", photos + "?stage=AFTER&caption=Hasil", "image/png", png), 201);
    assertEquals(640, stored.getInt("width"));
    assertEquals("image/png", stored.getString("contentType"));
    HttpResponse<byte[]> download = operator.getBytes(photos + "/" + stored.getJsonNumber("id"));
    assertEquals(200, download.statusCode());
    assertArrayEquals(png, download.body());
    assertEquals(1, photos(operator, id).size());

    // A viewer of another regency sees neither the intervention nor its photo.
    Http south = Accounts.user("VIEWER", "18.01");
    Http.problem(south.get("/api/interventions/" + id), 404);
    assertEquals(404, south.getBytes(photos + "/" + stored.getJsonNumber("id")).statusCode());
    Http.problem(
        Accounts.user("VIEWER", "18.07").upload("POST", photos + "?stage=AFTER", "image/png", png),
        403);

    HttpResponse<String> removed =
        operator.send(
            HttpRequest.newBuilder(
                    URI.create(Http.BASE + photos + "/" + stored.getJsonNumber("id")))
                .DELETE());
    assertEquals(204, removed.statusCode(), removed.body());
    assertEquals(0, photos(operator, id).size());
    List<String> actions =
        audit("InterventionPhoto", stored.getJsonNumber("id").toString()).stream()
            .map(e -> e.asJsonObject().getString("action"))
            .toList();
    assertTrue(actions.contains("CREATE") && actions.contains("DELETE"), actions.toString());
  }

  @Test
  void interventionRulesAreNamedAndVersionsGuardCorrections() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = sidodadi(operator);
    long dinsos = ReferenceData.agency(operator, "DINSOS");
    Http.assertRefused(
        operator.post("/api/interventions", intervention(kkb, 999_999).build().toString()),
        400,
        "agencyId",
        "unknown-agency");
    Http.assertRefused(
        operator.post(
            "/api/interventions",
            intervention(kkb, dinsos).add("date", "2099-01-01").build().toString()),
        400,
        "date",
        "not-in-future");
    Http.assertRefused(
        operator.post(
            "/api/interventions",
            intervention(kkb, dinsos)
                .add("targetGroups", Json.createArrayBuilder().add("ALIENS"))
                .build()
                .toString()),
        400,
        "targetGroups",
        "enum");

    long id = register(operator, intervention(kkb, dinsos));
    String path = "/api/interventions/" + id;
    String body =
        intervention(kkb, ReferenceData.agency(operator, "DISDAG"))
            .add("title", "Pemasaran produk UPPKA")
            .build()
            .toString();
    String etag = operator.get(path).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> ok = operator.put(path, etag, body);
    assertEquals("DISDAG", Http.object(ok, 200).getJsonObject("agency").getString("code"));
    Http.problem(operator.put(path, etag, body), 412);

    JsonObject listed =
        Http.object(
            operator.get("/api/interventions?kampungKb=" + kkb + "&agency=DISDAG&size=200"), 200);
    assertTrue(
        listed.getJsonArray("content").stream()
            .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));
    assertEquals(
        0, Http.total(Accounts.user("VIEWER", "18.01").get("/api/interventions?region=18.07")));
  }

  @Test
  void administratorsMaintainTheAgencyListAndRetiredAgenciesTakeNoNewWork() {
    Http admin = Accounts.admin();
    assertTrue(Http.json(admin.get("/api/agencies")).asJsonArray().size() >= 36);
    String code = "UJI_" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    String body =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", "Dinas Uji Coba")
            .add("level", "PROVINCE")
            .build()
            .toString();
    Http.problem(Accounts.user("PROVINCE_OFFICER", "18").post("/api/agencies", body), 403);
    JsonObject created = Http.object(admin.post("/api/agencies", body), 201);
    Http.assertRefused(admin.post("/api/agencies", body), 409, "code", "unique");
    long agencyId = created.getJsonNumber("id").longValue();
    String retire =
        Json.createObjectBuilder()
            .add("name", "Dinas Uji Coba")
            .add("level", "PROVINCE")
            .add("active", false)
            .build()
            .toString();
    String etag = "\"v" + created.getJsonNumber("version") + "\"";
    Http.object(admin.put("/api/agencies/" + agencyId, etag, retire), 200);

    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http.assertRefused(
        operator.post(
            "/api/interventions", intervention(sidodadi(operator), agencyId).build().toString()),
        400,
        "agencyId",
        "active-agency");
    assertTrue(
        Http.json(operator.get("/api/agencies")).asJsonArray().stream()
            .noneMatch(a -> a.asJsonObject().getString("code").equals(code)));
  }

  private static JsonObjectBuilder intervention(long kkb, long agency) {
    return Json.createObjectBuilder()
        .add("kampungKbId", kkb)
        .add("date", "2020-05-20")
        .add("title", "Bantuan sosial usaha ekonomi produktif")
        .add("agencyId", agency)
        .add("familyFunction", "ECONOMY")
        .add("targetGroups", Json.createArrayBuilder().add("POOR_FAMILIES").add("UPPKA_GROUPS"))
        .add("description", "Bantuan peralatan usaha untuk kelompok UPPKA")
        .add("outcome", "Produksi keripik naik dua kali lipat");
  }

  private static long register(Http as, JsonObjectBuilder body) {
    HttpResponse<String> created = as.post("/api/interventions", body.build().toString());
    JsonObject dto = Http.object(created, 201);
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/api/interventions/" + dto.getJsonNumber("id")));
    return dto.getJsonNumber("id").longValue();
  }

  private static long sidodadi(Http as) {
    return Http.object(as.get("/api/kampung-kb?status=ACTIVE&region=18.07.04.2003"), 200)
        .getJsonArray("content")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonArray photos(Http as, long id) {
    return Http.object(as.get("/api/interventions/" + id), 200).getJsonArray("photos");
  }

  private static JsonArray audit(String type, String id) {
    return Http.object(
            Accounts.admin().get("/api/audit?size=200&entityType=" + type + "&entityId=" + id), 200)
        .getJsonArray("content");
  }

  private static long auditCount(String type) {
    return Http.total(Accounts.admin().get("/api/audit?size=1&entityType=" + type));
  }
}
