package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A province starting from nothing: runs in its own server with its own empty database and no demo
 * data (failsafe execution {@code fresh-installation}). First Sidodadi is registered through the
 * API alone, then the whole province's 2,651 villages arrive in one import file, then a month of
 * figures for all of them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshInstallationIT {

  private static final String SIDODADI = "18.07.04.2003";
  private static final List<String> OFFICERS = Fixtures.POKJA_OFFICERS;

  @Test
  @Order(0)
  void theFirstPasswordAndTheKeysAreSecretsOwnerOnlyAndNeverInTheLogOrTheData() throws Exception {
    Path secrets = Path.of(System.getProperty("kkb.initial-password-file")).getParent();
    String password = Accounts.initialAdminPassword();
    assertTrue(password.length() >= 16, "a generated password");
    assertFalse(ServerProcess.logSince(0).contains(password), "the password is in server.log");
    for (String name : List.of("initial-admin-password", "nik.key", "checkin.key")) {
      Path file = secrets.resolve(name);
      assertEquals(
          PosixFilePermissions.fromString("rw-------"),
          java.nio.file.Files.getPosixFilePermissions(file),
          name);
      assertFalse(
          java.nio.file.Files.exists(secrets.resolveSibling("data-fresh").resolve(name)),
          name + " in the data folder");
    }
    assertEquals(
        PosixFilePermissions.fromString("rwx------"),
        java.nio.file.Files.getPosixFilePermissions(secrets));
  }

  @Test
  @Order(1)
  void sidodadiIsRegisteredWithEverythingThroughTheApiAlone() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    assertEquals(0, Imports.activeTotal(operator), "a fresh installation has no Kampung KB");
    String body =
        Json.createObjectBuilder()
            .add("name", "Kampung KB Sidodadi")
            .add("villageCode", SIDODADI)
            .add("declarationDate", "2016-06-13")
            .add("rwCoverage", "RW 01-06")
            .add("latitude", -5.0389)
            .add("longitude", 105.6222)
            .add("criteria", Json.createArrayBuilder().add("KB_PARTICIPATION_BELOW_AVERAGE"))
            .build()
            .toString();
    long kkb =
        Http.object(operator.post("/api/kampung-kb", body), 201).getJsonNumber("id").longValue();
    String base = "/api/kampung-kb/" + kkb;

    for (int i = 0; i < OFFICERS.size(); i++) {
      long person = Fixtures.newPerson(operator, SIDODADI, "Pengurus Sidodadi " + (i + 1));
      Http.object(operator.post(base + "/pokja", Fixtures.member(person, OFFICERS.get(i))), 201);
    }
    for (String type : List.of("PPKBD", "SUB_PPKBD", "POKTAN_BKB")) {
      Fixtures.appointCadre(operator, kkb, SIDODADI, type);
    }

    String decree =
        Json.createObjectBuilder()
            .add("number", "141/07/SK/2003/2016")
            .add("date", "2016-06-01")
            .add("issuerRegion", SIDODADI)
            .add("signerName", "Kepala Desa Sidodadi")
            .add("signerPosition", "Kepala Desa")
            .add("subject", "POKJA_FORMATION")
            .add("kampungKbIds", Json.createArrayBuilder().add(kkb))
            .build()
            .toString();
    long decreeId =
        Http.object(operator.post("/api/decrees", decree), 201).getJsonNumber("id").longValue();
    byte[] scan =
        "%PDF-1.4\n% SK Pokja Sidodadi (uji)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    JsonObject attached =
        Http.object(
            operator.upload(
                "PUT", "/api/decrees/" + decreeId + "/document", "application/pdf", scan),
            200);
    assertEquals(64, attached.getString("documentSha256").length());
    assertArrayEquals(scan, operator.getBytes("/api/decrees/" + decreeId + "/document").body());

    Http.object(
        operator.post(base + "/profiles", Fixtures.profile("2024-04-01", true, 11, "DANA_DESA")),
        201);

    Http.object(
        operator.put(base + "/figures/2024-04", Fixtures.figures().build().toString()), 200);
    Http.object(
        operator.put(base + "/figures/2024-05", Fixtures.figures().build().toString()), 200);
    // The third month arrives as a spreadsheet, as regency offices send it.
    List<String> header = figuresHeader(operator);
    JsonObject june = Fixtures.figures().build();
    List<String> row = new ArrayList<>(List.of(SIDODADI, "2024-06"));
    header.subList(2, header.size()).forEach(c -> row.add(String.valueOf(june.getInt(c))));
    JsonObject imported =
        Http.object(
            operator.upload(
                "POST",
                "/api/figures/import?dryRun=false",
                Files.XLSX,
                Files.xlsx(List.of(header, row))),
            200);
    assertEquals(1, imported.getInt("written"), imported.toString());

    long agency = ReferenceData.agency(operator, "DINSOS");
    String intervention =
        Json.createObjectBuilder()
            .add("kampungKbId", kkb)
            .add("date", "2024-05-20")
            .add("title", "Bantuan modal usaha kelompok UPPKA")
            .add("agencyId", agency)
            .add("familyFunction", "ECONOMY")
            .add("targetGroups", Json.createArrayBuilder().add("UPPKA_GROUPS").add("POOR_FAMILIES"))
            .add("outcome", "Dua belas keluarga memulai usaha keripik pisang")
            .build()
            .toString();
    long interventionId =
        Http.object(operator.post("/api/interventions", intervention), 201)
            .getJsonNumber("id")
            .longValue();
    String photos = "/api/interventions/" + interventionId + "/photos?stage=";
    Http.object(
        operator.upload("POST", photos + "BEFORE", "image/jpeg", Files.image("jpg", 320, 240)),
        201);
    Http.object(
        operator.upload("POST", photos + "AFTER", "image/png", Files.image("png", 320, 240)), 201);

    // Everything reads back.
    assertEquals("Kampung KB Sidodadi", Http.object(operator.get(base), 200).getString("name"));
    assertEquals(11, Http.json(operator.get(base + "/pokja")).asJsonArray().size());
    assertEquals(3, Http.json(operator.get(base + "/cadres")).asJsonArray().size());
    assertEquals(1, Http.json(operator.get(base + "/decrees")).asJsonArray().size());
    assertEquals(
        11,
        Http.object(operator.get(base + "/profiles/active"), 200)
            .getJsonObject("checklist")
            .getInt("pokjaMembers"));
    JsonArray months = Http.json(operator.get(base + "/figures")).asJsonArray();
    assertEquals(3, months.size());
    JsonObject listed =
        Http.object(operator.get("/api/interventions?kampungKb=" + kkb), 200)
            .getJsonArray("content")
            .getJsonObject(0);
    assertEquals("DINSOS", listed.getJsonObject("agency").getString("code"));
    assertEquals(2, listed.getJsonArray("photos").size());

    // The province re-registers every village below; Sidodadi's record is closed, never deleted.
    String deactivation =
        Json.createObjectBuilder()
            .add("reason", "Didaftarkan ulang melalui impor provinsi")
            .add("since", "2024-07-01")
            .build()
            .toString();
    Http.object(operator.post(base + "/deactivation", operator.etag(base), deactivation), 200);
    assertEquals(0, Imports.activeTotal(operator));
  }

  @Test
  @Order(2)
  void theProvinceImportsAll2651VillagesAtOnceAfterOneBadRowIsFixed() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    List<String> villages = Imports.allVillages(officer);
    assertEquals(2651, villages.size());

    List<List<String>> rows = Imports.kampungKbRows(villages);
    String header = Imports.templateHeader(officer);
    String good = Imports.csv(header, rows);
    String tenHundred = "Kampung KB " + villages.get(1000);
    String bad = good.replace(tenHundred + ",2018-02-15", tenHundred + ",2018-02-30");
    assertTrue(!bad.equals(good));

    JsonObject dryRun = Http.object(Imports.importCsv(officer, bad, true), 200);
    assertEquals(2651, dryRun.getInt("rows"));
    JsonArray errors = dryRun.getJsonArray("errors");
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(1002, errors.getJsonObject(0).getInt("line"));
    assertEquals("declarationDate", errors.getJsonObject(0).getString("column"));
    assertEquals("date", errors.getJsonObject(0).getString("rule"));

    Http.problem(Imports.importCsv(officer, bad, false), 422);
    assertEquals(0, Imports.activeTotal(officer), "nothing written");

    // The fixed file, sent as XLSX this time: all 2,651 in one transaction.
    List<List<String>> sheet = new ArrayList<>();
    sheet.add(List.of(header.split(",")));
    sheet.addAll(rows);
    JsonObject written =
        Http.object(
            officer.upload(
                "POST", "/api/kampung-kb/import?dryRun=false", Files.XLSX, Files.xlsx(sheet)),
            200);
    assertEquals(2651, written.getInt("written"));
    assertEquals(2651, Imports.activeTotal(officer));
  }

  @Test
  @Order(3)
  void aMonthOfFiguresForEveryKampungKbArrivesInOneFile() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    List<String> header = figuresHeader(officer);
    List<String> villages = Imports.allVillages(officer);
    // One village reports more pill users than it has couples.
    String bad = figuresCsv(header, villages, villages.get(7), 400);
    JsonObject dryRun = Http.object(importFigures(officer, bad, true), 200);
    JsonArray errors = dryRun.getJsonArray("errors");
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(9, errors.getJsonObject(0).getInt("line"));
    assertEquals("users-within-pus", errors.getJsonObject(0).getString("rule"));
    Http.problem(importFigures(officer, bad, false), 422);

    String fixed = figuresCsv(header, villages, villages.get(7), 40);
    JsonObject written = Http.object(importFigures(officer, fixed, false), 200);
    assertEquals(2651, written.getInt("written"));
  }

  private static String figuresCsv(
      List<String> header, List<String> villages, String odd, int oddPillUsers) {
    JsonObject values = Fixtures.figures().build();
    StringBuilder csv = new StringBuilder(String.join(",", header));
    for (String village : villages) {
      csv.append('\n').append(village).append(",2024-08");
      for (String column : header.subList(2, header.size())) {
        boolean isOdd = village.equals(odd) && column.equals("usersPill");
        csv.append(',').append(isOdd ? oddPillUsers : values.getInt(column));
      }
    }
    return csv.toString();
  }

  private static List<String> figuresHeader(Http as) {
    HttpResponse<String> template = as.get("/api/figures/import/template");
    assertEquals(200, template.statusCode(), template.body());
    return List.of(template.body().lines().findFirst().orElseThrow().split(","));
  }

  private static HttpResponse<String> importFigures(Http as, String csv, boolean dryRun) {
    return as.send(
        HttpRequest.newBuilder(URI.create(Http.BASE + "/api/figures/import?dryRun=" + dryRun))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }
}
