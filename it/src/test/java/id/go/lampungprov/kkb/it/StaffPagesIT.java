package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff pages in a real browser (headless Chromium at 1366×768): dashboard, Kampung KB list and
 * tabs, reports. Screenshots of each main page go to {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPagesIT {

  @Test
  void aProvinceOfficerFindsAKampungKbAndDownloadsTheProvinceRecap() throws Exception {
    String username = Accounts.username("PROVINCE_OFFICER", "18");
    String number =
        Http.object(
                Http.basic(username, Accounts.PASSWORD)
                    .post("/api/reports/rekapitulasi?region=18&year=2020", "{}"),
                201)
            .getString("number");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      String home = browser.text();
      assertTrue(home.contains("Beranda — Lampung"), home);
      assertTrue(home.contains("Petugas Provinsi · Lampung"), "role and scope shown: " + home);
      assertTrue(Long.parseLong(browser.find("#count-kkb").getText()) > 400, home);
      assertTrue(home.contains("Jumlah Kampung KB pada akhir tahun"), home);
      browser.screenshot("01-beranda");

      browser.click("#nav-kkb");
      assertTrue(browser.text().contains("Daftar Kampung KB"));
      assertTrue(browser.find("#list\\:kkb").getText().contains("/ 4"), "paged: 1–20 of 4xx");
      browser.screenshot("02-kampung-kb");
      browser.find("#filter\\:q").sendKeys("Sidodadi");
      browser.find("#filter\\:apply").click();
      browser.await("#list\\:kkb a[href*='detail']");
      browser.waitUntil(() -> browser.find("#list\\:kkb").getText().contains("Sidodadi"));

      browser.click("#list\\:kkb a[href*='detail']");
      String detail = browser.text();
      assertTrue(detail.contains("Sidodadi") && detail.contains("Pokja dan kader"), detail);
      browser.clickText("Klasifikasi");
      browser.await("#class");
      browser.screenshot("03-kampung-kb-detail");

      browser.click("#nav-reports");
      assertTrue(browser.text().contains("Rekapitulasi Kampung KB"));
      assertTrue(browser.find("#documents\\:issued").getText().contains(number), "issued list");
      browser.screenshot("04-laporan");
      String href = browser.find("#recap-pdf").getAttribute("href");
      HttpResponse<byte[]> pdf = browser.download("#recap-pdf");
      assertEquals(200, pdf.statusCode());
      assertTrue(Pdfs.text(pdf.body()).contains("REKAPITULASI KAMPUNG KB PROVINSI LAMPUNG"));
      HttpResponse<byte[]> anonymous =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertFalse(anonymous.statusCode() == 200, "no download without a login");
      // Another year and the pages per regency: the links follow by AJAX, the page stays.
      browser.select("recap:year", "2019");
      browser.find("#recap\\:perRegency .ui-chkbox-box").click();
      browser.waitUntil(
          () -> {
            String link = browser.find("#recap-pdf").getAttribute("href");
            return link.contains("year=2019") && link.contains("perRegency=true");
          });
      assertTrue(browser.text().contains("Rekapitulasi Kampung KB"), browser.text());
      // Every page above loaded without a script error or a missing resource.
      String errors =
          browser
              .console()
              .lines()
              .filter(line -> line.contains("SEVERE"))
              .collect(java.util.stream.Collectors.joining("\n"));
      assertEquals("", errors, "the browser console");
    }
  }

  @Test
  void aRegencyOperatorSeesOnlyTheirRegency() throws Exception {
    String username = Accounts.username("REGENCY_OPERATOR", "18.07");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      assertTrue(browser.text().contains("Beranda — Kabupaten Lampung Timur"), browser.text());
      browser.click("#nav-kkb");
      String list = browser.find("#list\\:kkb").getText();
      assertTrue(list.contains("Kabupaten Lampung Timur"), list);
      assertFalse(list.contains("Kabupaten Lampung Selatan"), list);
      assertFalse(browser.find("#filter\\:regency").getAttribute("class").isEmpty());
      browser.open(Http.BASE + "/kampung-kb/detail.xhtml?id=987654321");
      assertTrue(browser.text().contains("404") || browser.text().contains("tidak ditemukan"));
    }
  }

  @Test
  void aNationalViewerSeesTheWholeCountryAndItsRecap() throws Exception {
    String username = Accounts.username("VIEWER", "ID");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      assertTrue(browser.text().contains("Beranda — Indonesia"), browser.text());
      assertTrue(Long.parseLong(browser.find("#count-kkb").getText()) > 400, browser.text());
      browser.click("#nav-kkb");
      String list = browser.find("#list\\:kkb").getText();
      assertTrue(list.contains("/ 4"), "every Kampung KB, paged: " + list);
      browser.click("#nav-reports");
      String href = browser.find("#recap-pdf").getAttribute("href");
      assertTrue(href.contains("region=ID"), "the national recap first: " + href);
    }
  }

  @Test
  void aRegencyOperatorRegistersAKampungKbAndSeesMistakesNextToTheFields() throws Exception {
    String username = Accounts.username("REGENCY_OPERATOR", "18.07");
    String[] village = freeVillage(Http.basic(username, Accounts.PASSWORD), "18.07.04");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.click("#nav-kkb");
      browser.click("#new");
      browser.find("#kkb\\:rwCoverage").sendKeys("RW 01 sampai RW 03");
      browser.submit("#kkb\\:save");
      String page = browser.text();
      assertTrue(browser.messageNextTo("kkb\\:name").contains("Wajib diisi"), page);
      assertEquals(
          "RW 01 sampai RW 03",
          browser.find("#kkb\\:rwCoverage").getAttribute("value"),
          "what was typed stays");
      browser.screenshot("05-kampung-kb-form");

      browser.select("kkb:district", "18.07.04");
      browser.select("kkb:villageCode", village[0]);
      String name = "Kampung KB Uji " + Accounts.uniqueName("b");
      browser.find("#kkb\\:name").sendKeys(name);
      browser
          .find("#kkb\\:declarationDate_input")
          .sendKeys("13-06-2019", org.openqa.selenium.Keys.TAB);
      assertEquals(
          village[0],
          browser.find("#kkb\\:villageCode_input").getAttribute("value"),
          "the village picked stays picked");
      browser.submit("#kkb\\:save");
      String detail = browser.text();
      assertTrue(detail.contains(name) && detail.contains("Data Kampung KB disimpan."), detail);

      browser.click("#edit");
      browser.find("#kkb\\:name").clear();
      browser.submit("#kkb\\:save");
      assertTrue(browser.messageNextTo("kkb\\:name").contains("Wajib diisi"));
    }
  }

  @Test
  void anExpiredSessionLeadsToTheLoginAndBackToThePage() throws Exception {
    String username = Accounts.username("VIEWER", "18.07");
    long kkb = ReferenceData.sidodadi(Http.basic(username, Accounts.PASSWORD));
    String page = Http.BASE + "/kampung-kb/detail.xhtml?id=" + kkb;
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.open(page);
      assertTrue(browser.text().contains("Sidodadi"));
      browser.deleteCookie("JSESSIONID");
      browser.open(page);
      assertTrue(browser.url().contains("/login.xhtml?next="), browser.url());
      browser.find("#login\\:username").sendKeys(username);
      browser.find("#login\\:password").sendKeys(Accounts.PASSWORD);
      browser.submit("#login\\:submit");
      assertTrue(browser.url().endsWith("/kampung-kb/detail.xhtml?id=" + kkb), browser.url());
      assertTrue(browser.text().contains("Sidodadi"));
    }
  }

  @Test
  void aFormSentWithoutItsOwnViewStateChangesNothing() throws Exception {
    String username = Accounts.username("REGENCY_OPERATOR", "18.07");
    Browser pages = new Browser();
    assertEquals(302, pages.login(username, Accounts.PASSWORD, null).statusCode());
    String name = "Kampung KB Palsu " + Accounts.uniqueName("x");
    String form =
        "kkb=kkb&kkb%3Aname="
            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
            + "&kkb%3AvillageCode=18.07.04.2001&kkb%3AdeclarationDate_input=13-06-2019"
            + "&kkb%3Asave=&jakarta.faces.ViewState=-1234567890123456789%3A987654321";
    HttpResponse<String> forged = pages.http().postForm("/kampung-kb/form.xhtml", form);
    assertTrue(forged.statusCode() == 302 || forged.statusCode() == 303, forged.statusCode() + "");
    long found =
        Http.total(
            Http.basic(username, Accounts.PASSWORD)
                .get(
                    "/api/kampung-kb?q="
                        + java.net.URLEncoder.encode(
                            name, java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(0, found, "nothing saved");
  }

  @Test
  void attendanceIsTakenOnTheEventPageWithLargeButtons() throws Exception {
    String username = Accounts.username("REGENCY_OPERATOR", "18.07");
    Http api = Http.basic(username, Accounts.PASSWORD);
    long event =
        Fixtures.planEvent(api, ReferenceData.sidodadi(api), 30).getJsonNumber("id").longValue();
    Http.object(
        api.post(
            "/api/events/" + event + "/participants",
            Fixtures.walkIn("Siti Rahmawati", "0812 1111 2222")),
        201);
    Http.object(
        api.post(
            "/api/events/" + event + "/participants",
            Fixtures.walkIn("Ani Lestari", "0812 3333 4444")),
        201);
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.click("#nav-events");
      assertTrue(browser.text().contains("Kegiatan Pembinaan dan Pengembangan"));
      browser.open(Http.BASE + "/kegiatan/detail.xhtml?id=" + event);
      assertEquals("0", browser.find("#present-count").getText());
      browser.find("#attendance\\:participants\\:0\\:present").click();
      browser.waitUntil(() -> browser.find("#present-count").getText().equals("1"));
      assertTrue(browser.find("#attendance\\:participants").getText().contains("Hadir"));
      browser.screenshot("06-kegiatan-kehadiran");
      HttpResponse<byte[]> sheet = browser.download("#sheet-marked");
      assertEquals(200, sheet.statusCode());
      String text = Pdfs.text(sheet.body());
      assertTrue(text.contains("DAFTAR HADIR") && text.contains("Siti Rahmawati"), text);

      browser.open(Http.BASE + "/kegiatan/detail.xhtml?id=" + ReferenceData.referenceEvent(api));
      assertFalse(browser.has("#attendance\\:participants\\:0\\:present"), "reported: frozen");
    }
  }

  /** A village of the district without an active Kampung KB: its code and name. */
  static String[] freeVillage(Http as, String district) {
    for (var v : Http.json(as.get("/api/regions/" + district + "/children")).asJsonArray()) {
      String code = v.asJsonObject().getString("code");
      long taken = Http.total(as.get("/api/kampung-kb?status=ACTIVE&region=" + code));
      if (taken == 0) {
        return new String[] {code, v.asJsonObject().getString("name")};
      }
    }
    throw new AssertionError("no free village in " + district);
  }

  @Test
  void aTemporaryPasswordIsReplacedOnThePasswordPageWithMistakesShownAtTheirField()
      throws Exception {
    String username = Accounts.uniqueName("sandi");
    Accounts.create(Accounts.admin(), username, "VIEWER", "18.07");
    try (Chromium browser = Chromium.desktop()) {
      browser.open(Http.BASE + "/login.xhtml");
      browser.find("#login\\:username").sendKeys(username);
      browser.find("#login\\:password").sendKeys("Temporary-Pw-1");
      browser.submit("#login\\:submit");
      assertTrue(browser.text().contains("Ganti kata sandi"), browser.text());

      change(browser, "Temporary-Pw-1", "Sandi-Baru-2026", "Sandi-Lain-2026");
      assertTrue(
          message(browser, "confirmation").contains("Kedua kata sandi baru tidak sama."),
          browser.text());
      change(browser, "Sandi-Salah-2026", "Sandi-Baru-2026", "Sandi-Baru-2026");
      assertTrue(
          message(browser, "currentPassword").contains("Kata sandi saat ini salah."),
          browser.text());
      change(browser, "Temporary-Pw-1", "pendek", "pendek");
      assertTrue(
          message(browser, "newPassword").contains("10 sampai 128 karakter"), browser.text());

      change(browser, "Temporary-Pw-1", "Sandi-Baru-2026", "Sandi-Baru-2026");
      assertTrue(browser.text().contains("Kata sandi telah diganti."), browser.text());
    }
    assertEquals(200, Http.basic(username, "Sandi-Baru-2026").get("/api/me").statusCode());
  }

  private static void change(Chromium browser, String current, String next, String again) {
    browser.find("#password\\:currentPassword").sendKeys(current);
    browser.find("#password\\:newPassword").sendKeys(next);
    browser.find("#password\\:confirmation").sendKeys(again);
    browser.submit("#password\\:submit");
  }

  private static String message(Chromium browser, String field) {
    return browser.messageNextTo("password\\:" + field);
  }

  @Test
  void aListOfOverTenThousandRowsStaysPaged() throws Exception {
    // The demo data's load wrote one audit entry per row it created: well over 10,000.
    long total = Http.total(Accounts.admin().get("/api/audit?size=1"));
    assertTrue(total > 10_000, "generated rows in the audit trail: " + total);
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.username("ADMIN", "18"));
      browser.open(Http.BASE + "/admin/audit.xhtml");
      browser.await("#audit\\:entries_data tr");
      assertEquals(50, browser.count("#audit\\:entries_data tr"), "one page of 50 rows");
      assertTrue(browser.domSize() < 400_000, "the page is one page, not the table");
      browser.find("#audit\\:entries .ui-paginator-last").click(); // AJAX: no page load
      browser.waitUntil(
          () ->
              !browser
                  .find("#audit\\:entries .ui-paginator-page.ui-state-active")
                  .getText()
                  .equals("1"));
      assertTrue(browser.count("#audit\\:entries_data tr") <= 50, "the last page is a page too");
      assertTrue(browser.domSize() < 400_000);
    }
  }
}
