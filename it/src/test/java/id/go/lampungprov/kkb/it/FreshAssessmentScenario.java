package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/**
 * The reference scenario's assessment in the browser: the regency operator sets it up with two
 * assessors, both score every indicator, the chair submits, the operator verifies and the province
 * officer approves.
 */
final class FreshAssessmentScenario {

  private static final int INDICATORS = 9;

  private FreshAssessmentScenario() {}

  static long scoreVerifyAndApprove(String operatorName, String officerName, long kkb) {
    Http operator = Http.basic(operatorName, Accounts.PASSWORD);
    Http chair = Accounts.user("ASSESSOR", "18.07");
    Http second = Accounts.user("ASSESSOR", "18.07");
    long id;
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, operatorName);
      browser.click("#nav-assessments");
      browser.click("#start\\:new");
      browser.select("create:district", "18.07.04"); // Pekalongan: Sidodadi's district
      browser.select("create:kampungKbId", String.valueOf(kkb));
      browser.find("#create\\:period").sendKeys("2020");
      browser.find("#create\\:chair").sendKeys(Accounts.nameOf(chair));
      browser.find("#create\\:team").sendKeys(Accounts.nameOf(second));
      browser.submit("#create\\:save");
      assertTrue(browser.url().contains("penilaian/detail"), browser.url() + browser.text());
      id = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
    String url = Http.BASE + "/penilaian/detail.xhtml?id=" + id;
    for (Http assessor : new Http[] {chair, second}) {
      try (Chromium browser = Chromium.desktop()) {
        Staff.login(browser, Accounts.nameOf(assessor));
        browser.open(url);
        for (int i = 0; i < INDICATORS; i++) {
          browser.find("#score\\:indicators\\:" + i + "\\:value").sendKeys("4");
          browser.find("#score\\:indicators\\:" + i + "\\:note").sendKeys("Dokumen dan kunjungan");
        }
        Staff.confirm(browser, "#score\\:submit");
        assertTrue(browser.text().contains("Nilai Anda sudah dikirim"), browser.text());
      }
    }
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.nameOf(chair));
      browser.open(url);
      Staff.confirm(browser, "#consolidate\\:submit");
      assertEquals("Diajukan", browser.find("#status").getText(), browser.text());
    }
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, operatorName);
      browser.open(url);
      Staff.confirm(browser, "#workflow\\:verify");
      assertEquals("Diverifikasi", browser.find("#status").getText(), browser.text());
    }
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, officerName);
      browser.open(url);
      Staff.confirm(browser, "#workflow\\:approve");
      assertEquals("Disetujui", browser.find("#status").getText(), browser.text());
    }
    JsonObject stored = Http.object(operator.get("/api/assessments/" + id), 200);
    assertEquals("APPROVED", stored.getString("status"));
    assertEquals("2020", stored.getString("period"));
    return id;
  }
}
