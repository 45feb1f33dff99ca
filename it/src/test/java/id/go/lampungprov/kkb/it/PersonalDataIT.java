package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * UU PDP over HTTP: NIK validated, stored encrypted, masked, revealed only audited, erased on
 * request.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

  /**
   * A valid NIK unique to this run: Pekalongan district, born 15 June 1990 (woman), sequence from
   * time.
   */
  static String freshNik() {
    return "18070455069"
        + String.format("%05d", 1 + System.nanoTime() % 99_998)
            .substring(0, 5)
            .replace("00000", "00001");
  }

  private static String person(String nik) {
    return Json.createObjectBuilder()
        .add("villageCode", "18.07.04.2003")
        .add("fullName", "Sri Wahyuni")
        .add("sex", "FEMALE")
        .add("phone", "0812 3456 7890")
        .add("nik", nik)
        .build()
        .toString();
  }

  /** Registers Sri Wahyuni with this NIK (201); returns her id. */
  private static String register(Http as, String nik) {
    return Http.object(as.post("/api/persons", person(nik)), 201).getJsonNumber("id").toString();
  }

  @Test
  void theFullNikIsNeverShownExceptThroughTheAuditedRead() throws IOException {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http viewer = Accounts.user("VIEWER", "18");
    String nik = freshNik();
    JsonObject created = Http.object(operator.post("/api/persons", person(nik)), 201);
    String id = created.getJsonNumber("id").toString();
    String masked = nik.substring(0, 4) + "••••••••" + nik.substring(12);
    assertEquals(masked, created.getString("nik"));
    assertEquals("081234567890", created.getString("phone"));

    for (Http reader : List.of(operator, viewer, Accounts.admin())) {
      String body = reader.get("/api/persons/" + id).body();
      assertFalse(body.contains(nik), body);
      assertTrue(body.contains(masked), body);
    }
    Http.problem(viewer.get("/api/persons/" + id + "/nik"), 403);
    assertEquals(
        nik, Http.object(operator.get("/api/persons/" + id + "/nik"), 200).getString("nik"));

    JsonObject audit =
        Http.object(Accounts.admin().get("/api/audit?entityType=Person&entityId=" + id), 200);
    assertTrue(audit.toString().contains("READ_PERSONAL_DATA"), audit.toString());
    assertFalse(audit.toString().contains(nik), "the audit trail holds only the masked NIK");

    Path log =
        Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/logs/server.log");
    assertFalse(Files.readString(log).contains(nik), "the NIK must never reach the server log");
  }

  @Test
  void theNikKeyRotationLeavesEveryNikUnderTheCurrentKeyAndIsForProvinceAdministratorsOnly() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String nik = freshNik();
    String id = register(operator, nik);

    JsonObject rotated =
        Http.object(Accounts.admin().post("/api/persons/nik-key/rotation", ""), 200);
    assertTrue(rotated.getString("keyId").matches("[0-9a-f]{8}"), rotated.toString());
    assertEquals(0, rotated.getInt("remaining"), rotated.toString());
    assertEquals(
        nik, Http.object(operator.get("/api/persons/" + id + "/nik"), 200).getString("nik"));

    Http.problem(operator.post("/api/persons/nik-key/rotation", ""), 403);
    Http.problem(Accounts.user("ADMIN", "18.07").post("/api/persons/nik-key/rotation", ""), 403);
  }

  @Test
  void badNiksAndDuplicatesAreRefusedNamingTheField() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    for (String bad : List.of("123", "1899045506900001", "1807043206900001")) {
      JsonObject problem = Http.problem(operator.post("/api/persons", person(bad)), 400);
      assertEquals("nik", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
      assertFalse(problem.toString().contains(bad.length() == 16 ? bad : "never"), "no NIK echoed");
    }
    String nik = freshNik();
    register(operator, nik);
    JsonObject duplicate = Http.problem(operator.post("/api/persons", person(nik)), 409);
    assertEquals("nik", duplicate.getJsonArray("errors").getJsonObject(0).getString("field"));
    JsonObject phone =
        Http.problem(
            operator.post("/api/persons", person(freshNik()).replace("0812 3456 7890", "12345")),
            400);
    assertEquals("phone", phone.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aNikRegisteredElsewhereIsRefusedWithoutSayingWhere() {
    Http admin = Accounts.admin();
    JsonObject south =
        Http.object(admin.get("/api/regions?within=18.01&level=VILLAGE&size=1"), 200)
            .getJsonArray("content")
            .getJsonObject(0);
    String nik = freshNik();
    String elsewhere =
        person(nik)
            .replace("18.07.04.2003", south.getString("code"))
            .replace("Sri Wahyuni", "Ratna Kusumawati");
    Http.object(Accounts.user("REGENCY_OPERATOR", "18.01").post("/api/persons", elsewhere), 201);

    HttpResponse<String> refused =
        Accounts.user("REGENCY_OPERATOR", "18.07").post("/api/persons", person(nik));
    JsonObject problem = Http.problem(refused, 409);
    assertEquals("nik", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    for (String secret :
        List.of(
            "18.01",
            "Lampung Selatan",
            south.getString("code"),
            south.getString("name"),
            "Ratna Kusumawati",
            nik)) {
      assertFalse(refused.body().contains(secret), secret + " revealed: " + refused.body());
    }
  }

  @Test
  void anAdministratorExportsAndErases() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String nik = freshNik();
    String id = register(operator, nik);

    Http.problem(operator.get("/api/persons/" + id + "/export"), 403);
    JsonObject export = Http.object(Accounts.admin().get("/api/persons/" + id + "/export"), 200);
    assertEquals(nik, export.getString("nik"));
    assertEquals("Sri Wahyuni", export.getJsonObject("person").getString("fullName"));

    Http.problem(operator.post("/api/persons/" + id + "/erasure", ""), 403);
    JsonObject erased =
        Http.object(Accounts.admin().post("/api/persons/" + id + "/erasure", ""), 200);
    assertTrue(erased.getBoolean("erased"));
    // JSON-B leaves out null fields: erased data is simply absent.
    assertFalse(erased.containsKey("nik") || erased.containsKey("phone"), erased.toString());
    assertFalse(erased.getString("fullName").contains("Sri"));
    // The tombstone stays readable; the NIK is gone and can be registered again.
    Http.problem(operator.get("/api/persons/" + id + "/nik"), 404);
    register(operator, nik);
  }

  @Test
  void peopleOutsideTheScopeAreInvisible() {
    Http south = Accounts.user("REGENCY_OPERATOR", "18.01");
    Http east = Accounts.user("REGENCY_OPERATOR", "18.07");
    String id =
        Http.object(east.post("/api/persons", person(freshNik())), 201)
            .getJsonNumber("id")
            .toString();
    Http.problem(south.get("/api/persons/" + id), 404);
    Http.problem(south.get("/api/persons/" + id + "/nik"), 404);
    Http.problem(south.post("/api/persons", person(freshNik())), 403);
  }
}
