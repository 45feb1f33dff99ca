package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff pages in a real browser (headless Chromium at 1366×768): dashboard, Kampung KB list and
 * tabs, reports. Screenshots of each main page go to {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.realEar();
  }

  @Test
  void aProvinceOfficerFindsAKampungKbAndDownloadsTheProvinceRecap() throws Exception {
    String username = staff("PROVINCE_OFFICER", "18");
    try (Chromium browser = Chromium.desktop()) {
      login(browser, username);
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
      waitUntil(() -> browser.find("#list\\:kkb").getText().contains("Sidodadi"));

      browser.click("#list\\:kkb a[href*='detail']");
      String detail = browser.text();
      assertTrue(detail.contains("Sidodadi") && detail.contains("Pokja dan kader"), detail);
      browser.clickText("Klasifikasi");
      browser.await("#class");
      browser.screenshot("03-kampung-kb-detail");

      browser.click("#nav-reports");
      assertTrue(browser.text().contains("Rekapitulasi Kampung KB"));
      browser.screenshot("04-laporan");
      String href = browser.find("#recap-pdf").getAttribute("href");
      HttpResponse<byte[]> pdf =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href))
                      .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                      .timeout(Duration.ofSeconds(60))
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, pdf.statusCode());
      assertTrue(ReportIT.text(pdf.body()).contains("REKAPITULASI KAMPUNG KB PROVINSI LAMPUNG"));
      HttpResponse<byte[]> anonymous =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertFalse(anonymous.statusCode() == 200, "no download without a login");
    }
  }

  @Test
  void aRegencyOperatorSeesOnlyTheirRegency() throws Exception {
    String username = staff("REGENCY_OPERATOR", "18.07");
    try (Chromium browser = Chromium.desktop()) {
      login(browser, username);
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
  void aRegencyOperatorRegistersAKampungKbAndSeesMistakesNextToTheFields() throws Exception {
    String username = staff("REGENCY_OPERATOR", "18.07");
    String village = freeVillage(Http.basic(username, Accounts.PASSWORD), "18.07.04");
    try (Chromium browser = Chromium.desktop()) {
      login(browser, username);
      browser.click("#nav-kkb");
      browser.click("#new");
      browser.find("#kkb\\:rwCoverage").sendKeys("RW 01 sampai RW 03");
      browser.submit("#kkb\\:save");
      String page = browser.text();
      assertTrue(
          browser
              .find(".field:has(#kkb\\:name) .ui-message-error")
              .getText()
              .contains("Wajib diisi"),
          page);
      assertEquals(
          "RW 01 sampai RW 03",
          browser.find("#kkb\\:rwCoverage").getAttribute("value"),
          "what was typed stays");
      browser.screenshot("05-kampung-kb-form");

      browser.select("kkb:district", "18.07.04");
      browser.select("kkb:villageCode", village);
      String name = "Kampung KB Uji " + Accounts.uniqueName("b");
      browser.find("#kkb\\:name").sendKeys(name);
      browser.find("#kkb\\:declarationDate_input").sendKeys("13-06-2019");
      browser.submit("#kkb\\:save");
      String detail = browser.text();
      assertTrue(detail.contains(name) && detail.contains("Data Kampung KB disimpan."), detail);

      browser.click("#edit");
      browser.find("#kkb\\:name").clear();
      browser.submit("#kkb\\:save");
      assertTrue(
          browser
              .find(".field:has(#kkb\\:name) .ui-message-error")
              .getText()
              .contains("Wajib diisi"));
    }
  }

  /** A village of the district without an active Kampung KB. */
  private static String freeVillage(Http as, String district) {
    for (var v : Http.json(as.get("/api/regions/" + district + "/children")).asJsonArray()) {
      String code = v.asJsonObject().getString("code");
      long taken =
          Http.object(as.get("/api/kampung-kb?status=ACTIVE&region=" + code), 200)
              .getJsonNumber("totalElements")
              .longValue();
      if (taken == 0) {
        return code;
      }
    }
    throw new AssertionError("no free village in " + district);
  }

  /** An account with its password changed, ready to log in on the pages. */
  private static String staff(String role, String scope) {
    String username = Accounts.uniqueName(role.toLowerCase().replace('_', '-'));
    Accounts.create(Accounts.admin(), username, role, scope);
    Accounts.changePassword(
        Http.basic(username, "Temporary-Pw-1"), "Temporary-Pw-1", Accounts.PASSWORD);
    return username;
  }

  private static void login(Chromium browser, String username) {
    browser.open(Http.BASE + "/login.xhtml");
    browser.find("#login\\:username").sendKeys(username);
    browser.find("#login\\:password").sendKeys(Accounts.PASSWORD);
    browser.submit("#login\\:submit");
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertTrue(condition.getAsBoolean(), "condition reached within 10 s");
  }
}
