package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The monthly reporting cycle (issue #20, parts 1 and 2): the reporting rates against a count made
 * here from the registry and each Kampung KB's figures, the missing report on its operator's page,
 * and a regency's month submitted, approved (locking its figures against edits and imports) and
 * reopened with an audited reason. The locked month is one no other test writes (2021–2023, the
 * demo's figures end in May 2020), and it is reopened at the end.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingCycleIT {

  private static final String REGENCY = "18.07";
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** A month of 2021–2023 of this run: nobody else reports it, so locking it disturbs no one. */
  private static final YearMonth MONTH =
      YearMonth.of(2021, 1).plusMonths(Math.floorMod(System.currentTimeMillis() / 1000, 36));

  @Test
  void theRatesPerRegencyEqualACountOfTheFiguresByHand() {
    Http province = Accounts.user("PROVINCE_OFFICER", "18");
    YearMonth may = YearMonth.of(2020, 5);
    JsonObject table = Http.object(province.get("/api/reporting-rates?period=" + may), 200);
    assertEquals("18", table.getString("region"));
    List<String> months =
        table.getJsonArray("months").getValuesAs(JsonValue::toString).stream()
            .map(s -> s.replace("\"", ""))
            .toList();
    assertEquals(12, months.size());
    assertEquals("2019-06", months.get(0));
    assertEquals("2020-05", months.get(11));
    int dueDay = table.getInt("dueDay");
    LocalDate due = may.plusMonths(1).atDay(Math.min(dueDay, 30));
    Instant lateFrom = due.plusDays(1).atStartOfDay(WIB).toInstant();

    // By hand: every Kampung KB of the province, and the figures of those expected in May 2020.
    LocalDate endOfMay = may.atEndOfMonth();
    Map<String, long[]> byHand = new TreeMap<>(); // expected, received, on time
    for (int page = 0; ; page++) {
      JsonArray content =
          Http.object(province.get("/api/kampung-kb?region=18&size=200&page=" + page), 200)
              .getJsonArray("content");
      if (content.isEmpty()) {
        break;
      }
      for (JsonValue v : content) {
        JsonObject kkb = v.asJsonObject();
        boolean declared = !LocalDate.parse(kkb.getString("declarationDate")).isAfter(endOfMay);
        boolean active =
            kkb.getString("status").equals("ACTIVE")
                || has(kkb, "inactiveSince")
                    && LocalDate.parse(kkb.getString("inactiveSince")).isAfter(endOfMay);
        if (!declared || !active) {
          continue;
        }
        long[] counts =
            byHand.computeIfAbsent(kkb.getString("villageCode").substring(0, 5), r -> new long[3]);
        counts[0]++;
        JsonArray figures =
            Http.json(province.get("/api/kampung-kb/" + kkb.getJsonNumber("id") + "/figures"))
                .asJsonArray();
        for (JsonValue f : figures) {
          JsonObject month = f.asJsonObject();
          if (month.getString("period").equals(may.toString())) {
            counts[1]++;
            if (!has(month, "reportedAt")
                || Instant.parse(month.getString("reportedAt")).isBefore(lateFrom)) {
              counts[2]++;
            }
          }
        }
      }
    }
    assertFalse(byHand.isEmpty(), "the demo data has Kampung KB");
    long late = 0;
    for (JsonValue v : table.getJsonArray("rows")) {
      JsonObject row = v.asJsonObject();
      JsonObject rate = row.getJsonArray("months").getJsonObject(11);
      long[] counts = byHand.remove(row.getString("code"));
      if (counts == null) {
        assertEquals(0, rate.getInt("expected"), row.toString());
        continue;
      }
      String where = row.getString("code") + " " + rate;
      assertEquals(counts[0], rate.getJsonNumber("expected").longValue(), where);
      assertEquals(counts[1], rate.getJsonNumber("received").longValue(), where);
      assertEquals(counts[2], rate.getJsonNumber("onTime").longValue(), where);
      assertEquals(counts[1] - counts[2], rate.getJsonNumber("late").longValue(), where);
      assertEquals(counts[0] - counts[1], rate.getJsonNumber("missing").longValue(), where);
      assertEquals(due.toString(), rate.getString("dueDate"));
      late += counts[1] - counts[2];
    }
    assertTrue(byHand.isEmpty(), "regencies missing from the table: " + byHand.keySet());
    assertTrue(late > 0, "the demo's reports of May 2020 came in partly after the due day");

    // The same numbers as a file; a regency's user sees its own regency only (by district).
    HttpResponse<String> csv = province.get("/api/reporting-rates?period=2020-05&format=csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().contains("regionCode"), csv.body());
    assertTrue(csv.body().contains("18.07"), csv.body());
    Http regency = Accounts.user("VIEWER", REGENCY);
    JsonObject own = Http.object(regency.get("/api/reporting-rates?period=2020-05"), 200);
    assertEquals(REGENCY, own.getString("region"));
    for (JsonValue v : own.getJsonArray("rows")) {
      assertTrue(v.asJsonObject().getString("code").startsWith(REGENCY + "."), v.toString());
    }
    JsonObject other =
        Http.object(regency.get("/api/reporting-rates?region=18&period=2020-05"), 200);
    assertEquals(REGENCY, other.getString("region"), "a wider area asked narrows to the scope");
    Http.problem(regency.get("/api/reporting-rates?region=18.01&period=2020-05"), 404);
    Http.assertRefused(
        regency.get("/api/reporting-rates?period=2020-13"), 400, "period", "year-month");
  }

  @Test
  void aMissingReportShowsOnTheResponsibleOperatorsPage() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    String village = ReferenceData.freeVillage(officer);
    String name = "Kampung KB Belum Lapor " + Accounts.uniqueName("rc");
    long kkb = register(officer, village, name);
    String district = village.substring(0, 8);
    String operator = Accounts.username("REGENCY_OPERATOR", district);

    JsonObject missing =
        Http.object(
            officer.get("/api/reporting-rates/missing?region=" + district + "&period=" + MONTH),
            200);
    JsonObject row =
        missing.getJsonArray("content").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonNumber("kampungKbId").longValue() == kkb)
            .findFirst()
            .orElseThrow(() -> new AssertionError("not missing: " + missing));
    JsonObject nearest = row.getJsonArray("responsible").getJsonObject(0);
    assertEquals(operator, nearest.getString("username"), row.toString());

    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, operator);
      browser.open(Http.BASE + "/laporan-bulanan.xhtml");
      browser.await("#filters\\:period").clear();
      browser.find("#filters\\:period").sendKeys(MONTH.toString());
      browser.find("#filters\\:show").click();
      // The list is replaced by AJAX (possibly more than once): read it inside the wait.
      browser.waitUntil(
          () -> {
            String list = browser.find("#missing\\:list").getText();
            return list.contains(name) && list.contains(operator);
          });
      browser.waitUntil(() -> browser.find("#rates-table").getText().contains(MONTH.toString()));
      browser.screenshot("14-laporan-bulanan");
      browser.open(Http.BASE + "/index.xhtml");
      assertTrue(
          browser.await("#missing-reports").getText().contains("Laporan bulanan"), browser.text());
    }
  }

  @Test
  void anApprovedMonthIsLockedAgainstEditsAndImportsUntilTheProvinceReopensIt() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    String village = ReferenceData.freeVillage(officer);
    long kkb = register(officer, village, "Kampung KB Kunci " + Accounts.uniqueName("rc"));
    String first = Accounts.username("REGENCY_OPERATOR", REGENCY);
    Http submitter = Http.basic(first, Accounts.PASSWORD);
    Http colleague = Accounts.user("REGENCY_OPERATOR", REGENCY);
    String figures = "/api/kampung-kb/" + kkb + "/figures/" + MONTH;
    Http.object(
        submitter.put(figures, null, Fixtures.figures().add("pus", 300).build().toString()), 200);

    String month = "/api/reporting-months/" + REGENCY + "/" + MONTH;
    JsonObject open = Http.object(submitter.get(month), 200);
    assertTrue(List.of("OPEN").contains(open.getString("status")), open.toString());
    // Submitting needs the version read.
    Http.problem(submitter.post(month + "/submission", "{}"), 428);
    // The regency's recap says which month of figures its classes used, not yet approved.
    assertTrue(
        recapBasis(submitter).contains("Kampung KB (belum disetujui)"), recapBasis(submitter));
    JsonObject submitted =
        Http.object(submitter.post(month + "/submission", submitter.etag(month), "{}"), 200);
    assertEquals("SUBMITTED", submitted.getString("status"));
    assertEquals(first, submitted.getString("submittedBy"));
    Http.problem(submitter.post(month + "/approval", submitter.etag(month), "{}"), 403);
    Http.problem(Accounts.user("REGENCY_OPERATOR", "18.01").get(month), 404);
    JsonObject approved =
        Http.object(colleague.post(month + "/approval", colleague.etag(month), "{}"), 200);
    assertEquals("APPROVED", approved.getString("status"));
    assertTrue(approved.getBoolean("locked"));
    // The figures tab says the month is locked, beside the month, and disables the counts.
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, first);
      browser.open(Http.BASE + "/kampung-kb/detail.xhtml?id=" + kkb);
      browser.clickText("Data bulanan");
      browser.await("#tabs\\:figures\\:families");
      browser.find("#tabs\\:figures\\:period").sendKeys(MONTH.toString(), Keys.TAB);
      String locked = browser.await("#tabs\\:figures\\:period-locked").getText();
      assertTrue(locked.contains(MONTH.toString()) && locked.contains(REGENCY), locked);
      browser.waitUntil(() -> !browser.find("#tabs\\:figures\\:families").isEnabled());
      browser.screenshot("15-data-bulanan-dikunci");
    }
    // The classification says which month of figures it used, and that it is approved.
    JsonObject classification = Http.object(submitter.get("/api/classifications/" + kkb), 200);
    assertEquals(MONTH.toString(), classification.getString("dataPeriod"));
    assertTrue(classification.getBoolean("dataPeriodApproved"), classification.toString());
    // So does the recap, at once: the approval is a change of the data its ETag follows.
    assertTrue(
        recapBasis(submitter).contains("Kampung KB (bulan disetujui)"), recapBasis(submitter));

    // An edit of the locked month: 409 period-locked naming the month and the regency.
    JsonObject refused = Http.problem(submitter.put(figures, "*", changed()), 409);
    JsonObject error = refused.getJsonArray("errors").getJsonObject(0);
    assertEquals("period-locked", error.getString("rule"), refused.toString());
    assertTrue(refused.getString("detail").contains(MONTH.toString()), refused.toString());
    assertTrue(refused.getString("detail").contains(REGENCY), refused.toString());

    // An import touching it: the dry run lists the locked row, a real run writes nothing (409).
    String csv = importCsv(submitter, village);
    JsonObject dry = Http.object(postCsv(submitter, csv, true), 200);
    assertEquals(1, dry.getJsonArray("errors").size(), dry.toString());
    assertEquals("period-locked", dry.getJsonArray("errors").getJsonObject(0).getString("rule"));
    assertEquals(0, dry.getInt("written"));
    JsonObject real = Http.problem(postCsv(submitter, csv, false), 409);
    assertEquals("period-locked", real.getJsonArray("errors").getJsonObject(0).getString("rule"));
    assertEquals(300, pus(submitter, kkb), "nothing written");

    // Only the province reopens, and only with a reason; the reason is in the audit trail.
    String reason = "Koreksi PUS " + Accounts.uniqueName("alasan");
    String body = Json.createObjectBuilder().add("reason", reason).build().toString();
    Http.problem(colleague.post(month + "/reopening", colleague.etag(month), body), 403);
    Http.problem(
        officer.post(month + "/reopening", officer.etag(month), "{\"reason\":\" \"}"), 400);
    JsonObject reopened =
        Http.object(officer.post(month + "/reopening", officer.etag(month), body), 200);
    assertEquals("OPEN", reopened.getString("status"));
    assertEquals(reason, reopened.getString("reopenReason"));
    String entityId = URLEncoder.encode(REGENCY + "/" + MONTH, StandardCharsets.UTF_8);
    String audit =
        Accounts.admin()
            .get("/api/audit?size=100&entityType=ReportingMonth&entityId=" + entityId)
            .body();
    assertTrue(audit.contains(reason), audit);
    assertTrue(audit.contains("APPROVED"), audit);
    assertFalse(
        Http.object(submitter.get("/api/classifications/" + kkb), 200)
            .getBoolean("dataPeriodApproved"));

    // Open again: the correction goes through.
    Http.object(submitter.put(figures, "*", changed()), 200);
    assertEquals(301, pus(submitter, kkb));
  }

  private static final String[] MONTHS = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  };

  /**
   * What the regency's Rekapitulasi says of {@link #MONTH}: e.g. "Januari 2022 — 1 Kampung KB
   * (bulan disetujui)", from its note on the months of figures the classes used.
   */
  private static String recapBasis(Http as) {
    byte[] pdf = Pdfs.get(as, "/api/reports/rekapitulasi?region=" + REGENCY + "&year=2020");
    try {
      // Kept for a look (pdftoppm): the note under the table, as printed.
      Files.write(Path.of("target", "rekapitulasi-sumber-data.pdf"), pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
    assertTrue(text.contains("Data bulanan yang dipakai klasifikasi:"), text);
    String name = MONTHS[MONTH.getMonthValue() - 1] + " " + MONTH.getYear();
    int at = text.indexOf(name + " \u2014 ");
    assertTrue(at >= 0, name + " in " + text);
    return text.substring(at, text.indexOf(')', at) + 1);
  }

  private static boolean has(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key);
  }

  private static long register(Http as, String village, String name) {
    String body =
        Fixtures.kampung(village, name).add("declarationDate", "2020-01-15").build().toString();
    return Http.object(as.post("/api/kampung-kb", body), 201).getJsonNumber("id").longValue();
  }

  private static String changed() {
    return Fixtures.figures().add("pus", 301).build().toString();
  }

  private static int pus(Http as, long kkb) {
    return Http.element(as.get("/api/kampung-kb/" + kkb + "/figures"), "period", MONTH.toString())
        .getJsonObject("figures")
        .getInt("pus");
  }

  private static String importCsv(Http as, String village) {
    String header = as.get("/api/figures/import/template").body().lines().findFirst().orElseThrow();
    List<String> columns = List.of(header.split(","));
    JsonObject values = Fixtures.figures().add("pus", 302).build();
    StringBuilder csv = new StringBuilder(header);
    csv.append('\n').append(village).append(',').append(MONTH);
    columns.subList(2, columns.size()).forEach(c -> csv.append(',').append(values.getInt(c)));
    return csv.toString();
  }

  private static HttpResponse<String> postCsv(Http as, String csv, boolean dryRun) {
    return as.send(
        HttpRequest.newBuilder(URI.create(Http.BASE + "/api/figures/import?dryRun=" + dryRun))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }
}
