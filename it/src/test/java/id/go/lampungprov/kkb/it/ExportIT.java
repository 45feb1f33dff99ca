package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports of the lists ({@code format=xlsx|csv}) over HTTP: exactly the rows the JSON list counts
 * for the same filters, the caller's scope, bad formats refused, and background export jobs seen
 * only by their owner.
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT {

  /** Each exportable list with filters that leave some rows and some out. */
  private static final List<String> LISTS =
      List.of(
          "/api/kampung-kb?region=18.07",
          "/api/kampung-kb?status=ACTIVE&q=a",
          "/api/kampung-kb",
          "/api/events?region=18",
          "/api/participants?region=18.07",
          "/api/participants?kampungKb=1&status=REPORTED",
          "/api/interventions?region=18",
          "/api/persons?region=18.07",
          "/api/persons?q=a",
          "/api/persons?pokjaRole=CHAIR",
          "/api/audit?entityType=Account",
          "/api/classifications?region=18.07",
          "/api/documents");

  @Test
  void everyListExportsExactlyItsRowsAsCsvAndXlsx() throws IOException {
    Http admin = Accounts.admin();
    for (String list : LISTS) {
      long total = Http.total(admin.get(list + (list.contains("?") ? "&" : "?") + "size=1"));
      String sep = list.contains("?") ? "&" : "?";

      HttpResponse<String> csv = admin.get(list + sep + "format=csv");
      assertEquals(200, csv.statusCode(), list + ": " + csv.body());
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), list);
      assertTrue(csv.body().startsWith("# "), "the first line is the title: " + list);
      assertTrue(csv.body().contains("dibuat "), list);
      assertEquals(total, csvRecords(csv.body()) - 2, "CSV rows of " + list);

      HttpResponse<byte[]> xlsx = admin.getBytes(list + sep + "format=XLSX");
      assertEquals(200, xlsx.statusCode(), list);
      String disposition = xlsx.headers().firstValue("Content-Disposition").orElse("");
      assertTrue(
          disposition.matches(".*filename=\"kampung-kb.*_\\d{8}-\\d{4}\\.xlsx\""), disposition);
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        Sheet sheet = book.getSheetAt(0);
        assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("filter:"), list);
        assertEquals(total, sheet.getLastRowNum() - 1, "XLSX rows of " + list);
      }
    }
  }

  /** Lists under a record, and whole lists: as many rows as the JSON array has. */
  @Test
  void everyOtherListExportsExactlyItsRows() throws IOException {
    Http admin = Accounts.admin();
    long kkb =
        Http.object(admin.get("/api/kampung-kb?q=Sidodadi&size=1"), 200)
            .getJsonArray("content")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long event =
        Http.object(admin.get("/api/events?size=1"), 200)
            .getJsonArray("content")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    for (String list :
        List.of(
            "/api/events/" + event + "/participants",
            "/api/events/" + event + "/follow-ups",
            "/api/kampung-kb/" + kkb + "/pokja",
            "/api/kampung-kb/" + kkb + "/pokja?current=true",
            "/api/kampung-kb/" + kkb + "/cadres",
            "/api/kampung-kb/" + kkb + "/cadres?current=true",
            "/api/kampung-kb/" + kkb + "/figures",
            "/api/kampung-kb/" + kkb + "/figures?latest=2",
            "/api/assessments",
            "/api/assessments?status=APPROVED",
            "/api/assessments?q=a&stage=REGENCY")) {
      int total = Http.json(admin.get(list)).asJsonArray().size();
      String sep = list.contains("?") ? "&" : "?";
      assertEquals(total, csvRecords(admin.get(list + sep + "format=csv").body()) - 2, list);
      HttpResponse<byte[]> xlsx = admin.getBytes(list + sep + "format=xlsx");
      assertEquals(200, xlsx.statusCode(), list);
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        assertEquals(total, book.getSheetAt(0).getLastRowNum() - 1, list);
      }
    }
    // The participants' check-in codes are for the day, never in a file.
    String participants = admin.get("/api/events/" + event + "/participants?format=csv").body();
    for (var p : Http.json(admin.get("/api/events/" + event + "/participants")).asJsonArray()) {
      String code = p.asJsonObject().getString("checkInCode", null);
      if (code != null) {
        assertTrue(!participants.contains("," + code), "no check-in code in the file");
      }
    }
  }

  @Test
  void theFileNameCarriesTheListAndItsFilters() {
    HttpResponse<byte[]> xlsx =
        Accounts.admin().getBytes("/api/kampung-kb?region=18.07&status=ACTIVE&format=xlsx");
    String disposition = xlsx.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(
        disposition.matches(".*filename=\"kampung-kb_1807_ACTIVE_\\d{8}-\\d{4}\\.xlsx\""),
        disposition);
  }

  @Test
  void aRegencyAccountExportsOnlyItsRegency() {
    Http regency = Accounts.user("REGENCY_OPERATOR", "18.07");
    long own = Http.total(regency.get("/api/kampung-kb?size=1"));
    long province = Http.total(Accounts.admin().get("/api/kampung-kb?size=1"));
    assertTrue(own > 0 && own < province, own + " of " + province);

    String csv = regency.get("/api/kampung-kb?format=csv").body();
    assertEquals(own, csvRecords(csv) - 2);
    for (String line : csv.split("\r\n")) {
      if (line.matches("\\d+,.*")) {
        assertTrue(line.contains(",18.07."), "outside the regency: " + line);
      }
    }
    // Another regency: the export answers as the list does, and never with its rows.
    HttpResponse<String> list = regency.get("/api/kampung-kb?region=18.01");
    HttpResponse<String> other = regency.get("/api/kampung-kb?region=18.01&format=csv");
    assertEquals(list.statusCode(), other.statusCode(), other.body());
    if (other.statusCode() == 200) {
      assertEquals(Http.total(list), csvRecords(other.body()) - 2);
      assertEquals(0, Http.total(list));
    }
    // A list the role may not read is refused as the list is.
    assertEquals(403, regency.get("/api/audit?format=csv").statusCode());
  }

  /**
   * The person list and its files: only the people living in the caller's regency, the NIK masked
   * in the list and the file alike.
   */
  @Test
  void thePersonListExportsOnlyTheRegencysPeopleWithTheNikMasked() throws IOException {
    Http admin = Accounts.admin();
    Http regency = Accounts.user("REGENCY_OPERATOR", "18.07");
    String elsewhere =
        Http.object(admin.get("/api/regions?within=18.01&level=VILLAGE&size=1"), 200)
            .getJsonArray("content")
            .getJsonObject(0)
            .getString("code");
    String name = "Ekspor Orang " + System.nanoTime();
    String nik = PersonalDataIT.freshNik();
    String own =
        jakarta.json.Json.createObjectBuilder()
            .add("villageCode", ReferenceData.SIDODADI)
            .add("fullName", name)
            .add("sex", "FEMALE")
            .add("nik", nik)
            .build()
            .toString();
    // Persons are registered by operators and province officers, the administrator reads them.
    Http province = Accounts.user("PROVINCE_OFFICER", "18");
    Http.object(province.post("/api/persons", own), 201);
    Http.object(province.post("/api/persons", Fixtures.person(elsewhere, name, "MALE")), 201);
    String q = "/api/persons?q=" + name.replace(' ', '+');

    assertEquals(2, Http.total(admin.get(q)));
    assertEquals(1, Http.total(regency.get(q)));
    String masked = nik.substring(0, 4) + "••••••••" + nik.substring(12);
    String csv = regency.get(q + "&format=csv").body();
    assertEquals(1, csvRecords(csv) - 2, csv);
    assertTrue(csv.contains(masked) && !csv.contains(nik), csv);
    assertTrue(csv.contains("," + ReferenceData.SIDODADI + ","), csv);
    HttpResponse<byte[]> xlsx = regency.getBytes(q + "&format=xlsx");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals(1, sheet.getLastRowNum() - 1);
      assertEquals(masked, sheet.getRow(2).getCell(2).getStringCellValue());
    }
    // Another regency asked for: nothing, as the list.
    assertEquals(0, Http.total(regency.get(q + "&region=18.01")));
    assertEquals(0, csvRecords(regency.get(q + "&region=18.01&format=csv").body()) - 2);

    // The whole list: the regency's people only, every one of them.
    long all = Http.total(regency.get("/api/persons?size=1"));
    assertTrue(all > 0 && all < Http.total(admin.get("/api/persons?size=1")), "" + all);
    String file = regency.get("/api/persons?format=csv").body();
    assertEquals(all, csvRecords(file) - 2);
    for (String line : file.split("\r\n")) {
      if (line.matches("\\d+,.*")) {
        assertTrue(line.contains(",18.07."), "outside the regency: " + line);
      }
    }
    Http.assertRefused(regency.get("/api/persons?pokjaRole=KING"), 400, "pokjaRole", "enum");
  }

  @Test
  void aBadFormatIsRefusedNamingTheField() {
    Http admin = Accounts.admin();
    Http.assertRefused(admin.get("/api/kampung-kb?format=pdf"), 400, "format", "enum");
    Http.assertRefused(admin.get("/api/events?format=xls"), 400, "format", "enum");
    Http.assertRefused(
        admin.post("/api/exports", "{\"list\":\"kampung-kb\",\"format\":\"ods\"}"),
        400,
        "format",
        "enum");
    Http.assertRefused(
        admin.post("/api/exports", "{\"list\":\"nothing\",\"format\":\"csv\"}"),
        400,
        "list",
        "enum");
  }

  @Test
  void aBackgroundExportIsTheOwnersAndHasEveryRow() throws Exception {
    Http owner = Accounts.user("PROVINCE_OFFICER", "18");
    long total = Http.total(owner.get("/api/kampung-kb?region=18.07&size=1"));
    HttpResponse<String> started =
        owner.post(
            "/api/exports",
            "{\"list\":\"kampung-kb\",\"format\":\"xlsx\",\"filters\":{\"region\":\"18.07\"}}");
    JsonObject job = Http.object(started, 202);
    String id = job.getString("id");
    assertEquals(total, job.getJsonNumber("rowsTotal").longValue());
    assertTrue(started.headers().firstValue("Location").orElse("").endsWith("/api/exports/" + id));

    for (int i = 0; i < 120 && !"DONE".equals(job.getString("status")); i++) {
      assertTrue(!"FAILED".equals(job.getString("status")), job.toString());
      Thread.sleep(500);
      job = Http.object(owner.get("/api/exports/" + id), 200);
    }
    assertEquals("DONE", job.getString("status"), job.toString());
    assertEquals(total, job.getJsonNumber("rowsDone").longValue());
    assertTrue(
        Http.json(owner.get("/api/exports")).toString().contains(id), "listed as the owner's");

    HttpResponse<byte[]> file = owner.getBytes("/api/exports/" + id + "/file");
    assertEquals(200, file.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertEquals(total, book.getSheetAt(0).getLastRowNum() - 1);
    }

    // Someone else, even the administrator, does not see it.
    Http admin = Accounts.admin();
    assertEquals(404, admin.get("/api/exports/" + id).statusCode());
    assertEquals(404, admin.getBytes("/api/exports/" + id + "/file").statusCode());
    assertTrue(!Http.json(admin.get("/api/exports")).toString().contains(id));
  }

  @Test
  void theListPageDownloadsItsRowsAndMyExportsShowsTheJobs() throws Exception {
    String name = Accounts.username("REGENCY_OPERATOR", "18.07");
    Http api = Http.basic(name, Accounts.PASSWORD);
    long active = Http.total(api.get("/api/kampung-kb?status=ACTIVE&size=1"));
    Browser browser = new Browser();
    assertEquals(302, browser.login(name, Accounts.PASSWORD, null).statusCode());

    // The button: a short list comes at once, as the page shows it filtered.
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("q", "");
    fields.put("status_input", "ACTIVE");
    HttpResponse<String> csv =
        browser.submit("/kampung-kb/index.xhtml", "filter", fields, "export-csv");
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().map().toString());
    assertEquals(active, csvRecords(csv.body()) - 2);

    // A job of the same user shows on "Ekspor saya", its file downloads with the page login.
    JsonObject job =
        Http.object(api.post("/api/exports", "{\"list\":\"kampung-kb\",\"format\":\"csv\"}"), 202);
    String id = job.getString("id");
    awaitDone(api, id);
    String page = browser.page("/ekspor.xhtml");
    assertTrue(page.contains(job.getString("fileName")), page);
    assertTrue(page.contains("/unduh/laporan/ekspor/" + id), page);
    HttpResponse<String> file = browser.http().get("/unduh/laporan/ekspor/" + id);
    assertEquals(200, file.statusCode());
    assertEquals(Http.total(api.get("/api/kampung-kb?size=1")), csvRecords(file.body()) - 2);
  }

  private static JsonObject awaitDone(Http owner, String id) throws InterruptedException {
    JsonObject job = Http.object(owner.get("/api/exports/" + id), 200);
    for (int i = 0; i < 120 && "RUNNING".equals(job.getString("status")); i++) {
      Thread.sleep(500);
      job = Http.object(owner.get("/api/exports/" + id), 200);
    }
    assertEquals("DONE", job.getString("status"), job.toString());
    return job;
  }

  /** Records of an RFC 4180 text (CRLF outside quotes ends one), the comment line included. */
  static long csvRecords(String csv) {
    long records = 0;
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\n') {
        records++;
      }
    }
    return records;
  }
}
