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

  /**
   * On the assessments page: starts the assessment of a Kampung KB of Pekalongan (Sidodadi's
   * district) for a period, with a chair and one team member; returns its id from the detail page
   * the browser lands on.
   */
  static long create(Chromium browser, long kkb, String period, Http chair, Http member) {
    browser.click("#start\\:new");
    browser.select("create:district", "18.07.04");
    browser.select("create:kampungKbId", String.valueOf(kkb));
    browser.find("#create\\:period").sendKeys(period);
    browser.find("#create\\:chair").sendKeys(Accounts.nameOf(chair));
    browser.find("#create\\:team").sendKeys(Accounts.nameOf(member));
    browser.submit("#create\\:save");
    assertTrue(browser.url().contains("penilaian/detail"), browser.url() + browser.text());
    return Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  static long scoreVerifyAndApprove(String operatorName, String officerName, long kkb) {
    Http operator = Http.basic(operatorName, Accounts.PASSWORD);
    Http chair = Accounts.user("ASSESSOR", "18.07");
    Http second = Accounts.user("ASSESSOR", "18.07");
    long id;
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, operatorName);
      browser.click("#nav-assessments");
      id = create(browser, kkb, "2020", chair, second);
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
