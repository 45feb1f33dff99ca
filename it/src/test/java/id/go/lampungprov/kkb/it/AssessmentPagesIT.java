package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The COE assessment pages in a real browser: a regency operator sets up an assessment of Sidodadi,
 * two assessors score every indicator (one with an evidence photo), the chair agrees the indicator
 * they differ on and submits, the regency verifies and the province approves.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentPagesIT {

  private static final int INDICATORS = 9;

  @Test
  void twoAssessorsScoreTheChairConsolidatesTheRegencyVerifiesAndTheProvinceApproves()
      throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http chair = Accounts.user("ASSESSOR", "18.07");
    Http second = Accounts.user("ASSESSOR", "18.07");
    Http province = Accounts.user("PROVINCE_OFFICER", "18");
    long kkb = ReferenceData.sidodadi(operator);

    long id;
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.nameOf(operator));
      browser.click("#nav-assessments");
      assertTrue(browser.text().contains("Penilaian COE Kampung KB"), browser.text());
      browser.screenshot("30-penilaian");
      id = FreshAssessmentScenario.create(browser, kkb, "2026", chair, second);
      assertEquals("Konsep", browser.find("#status").getText());
    }
    String url = Http.BASE + "/penilaian/detail.xhtml?id=" + id;

    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.nameOf(chair));
      browser.open(url);
      browser.find("#score\\:indicators\\:0\\:value").sendKeys("5");
      browser.find("#score\\:indicators\\:0\\:note").sendKeys("SK Pokja ada");
      browser.submit("#score\\:save");
      assertTrue(
          browser
              .messageNextTo("score\\:indicators\\:0\\:value")
              .contains("Tingkat harus 1, 2, 3 atau 4"),
          browser.text());
      assertEquals("5", browser.find("#score\\:indicators\\:0\\:value").getAttribute("value"));
      browser.find("#score\\:indicators\\:0\\:value").clear();
      for (int i = 0; i < INDICATORS; i++) {
        browser.find("#score\\:indicators\\:" + i + "\\:value").sendKeys("4");
      }
      browser.submit("#score\\:save");
      assertTrue(browser.text().contains("Nilai disimpan sebagai draf"), browser.text());
      browser.screenshot("31-penilaian-nilai");

      long scoreId =
          Http.element(chair.get("/api/assessments/" + id + "/scores"), "indicator", "IN-1")
              .getJsonNumber("id")
              .longValue();
      Path photo = java.nio.file.Files.createTempFile("bukti", ".png");
      java.nio.file.Files.write(photo, Files.image("png", 200, 100));
      browser.select("evidence:scoreId", String.valueOf(scoreId));
      browser.find("#evidence\\:caption").sendKeys("SK Pokja");
      // A file of another kind is refused next to the upload; the caption stays.
      Path text = java.nio.file.Files.createTempFile("catatan", ".txt");
      java.nio.file.Files.writeString(text, "bukan bukti");
      browser.find("#evidence\\:file").sendKeys(text.toString());
      browser.submit("#evidence\\:upload");
      String refusal = browser.messageNextTo("evidence\\:file");
      assertTrue(refusal.contains("Jenis berkas tidak diterima"), refusal);
      assertEquals("SK Pokja", browser.find("#evidence\\:caption").getAttribute("value"));
      browser.find("#evidence\\:file").sendKeys(photo.toString());
      browser.submit("#evidence\\:upload");
      assertTrue(browser.text().contains("Bukti diunggah"), browser.text());
      assertTrue(browser.has("a[id$=':download']"), "evidence listed");
      java.net.http.HttpResponse<byte[]> evidence = browser.download("a[id$=':download']");
      assertEquals(200, evidence.statusCode(), "the evidence downloads with the page's login");
      assertEquals(
          java.util.Arrays.toString(java.nio.file.Files.readAllBytes(photo)),
          java.util.Arrays.toString(evidence.body()));

      Staff.confirm(browser, "#score\\:submit");
      assertTrue(browser.text().contains("Nilai Anda sudah dikirim"), browser.text());
    }

    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.nameOf(second));
      browser.open(url);
      browser.find("#score\\:indicators\\:0\\:value").sendKeys("2");
      for (int i = 1; i < INDICATORS; i++) {
        browser.find("#score\\:indicators\\:" + i + "\\:value").sendKeys("4");
      }
      Staff.confirm(browser, "#score\\:submit");
      assertTrue(browser.text().contains("Nilai Anda sudah dikirim"), browser.text());
    }

    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.nameOf(chair));
      browser.open(url);
      assertTrue(browser.has("#consolidate tr.differs"), "IN-1 differs by two");
      browser.find("#consolidate\\:indicators\\:0\\:agreed").sendKeys("4");
      // An agreed level without its reason is refused next to the reason; the level stays.
      browser.submit("#consolidate\\:agree");
      assertTrue(
          browser
              .find("#consolidate\\:indicators\\:0\\:reason ~ .ui-message-error")
              .getText()
              .contains("Wajib diisi"),
          browser.text());
      assertEquals(
          "4", browser.find("#consolidate\\:indicators\\:0\\:agreed").getAttribute("value"));
      browser.find("#consolidate\\:indicators\\:0\\:reason").sendKeys("SK Pokja diperlihatkan");
      browser.screenshot("32-penilaian-konsolidasi");
      browser.submit("#consolidate\\:agree");
      assertTrue(browser.text().contains("Kesepakatan disimpan"), browser.text());
      Staff.confirm(browser, "#consolidate\\:submit");
      assertEquals("Diajukan", browser.find("#status").getText(), browser.text());
      assertEquals("100.00", browser.find("#total").getText());
    }

    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.nameOf(operator));
      browser.open(url);
      Staff.confirm(browser, "#workflow\\:return");
      assertTrue(
          browser.messageNextTo("workflow\\:reason").contains("Wajib diisi"), browser.text());
      assertEquals("Diajukan", browser.find("#status").getText());
      Staff.confirm(browser, "#workflow\\:verify");
      assertEquals("Diverifikasi", browser.find("#status").getText(), browser.text());
    }

    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.nameOf(province));
      browser.click("#nav-assessments");
      assertTrue(browser.text().contains("Setujui"), "waiting for the province: " + browser.text());
      browser.open(url);
      Staff.confirm(browser, "#workflow\\:approve");
      assertEquals("Disetujui", browser.find("#status").getText(), browser.text());
      String history = browser.find("#history").getText();
      assertTrue(history.contains("Dibuat"), history);
      assertTrue(history.contains("Konsep → Diajukan"), history);
      assertTrue(
          history.contains("Diajukan → Diverifikasi")
              && history.contains(Accounts.nameOf(operator)));
      assertTrue(
          history.contains("Diverifikasi → Disetujui")
              && history.contains(Accounts.nameOf(province)));
    }

    JsonObject stored = Http.object(operator.get("/api/assessments/" + id), 200);
    assertEquals("APPROVED", stored.getString("status"));
    assertEquals(0, stored.getJsonNumber("total").bigDecimalValue().compareTo(new BigDecimal(100)));
    assertEquals(
        2 * INDICATORS,
        Http.json(operator.get("/api/assessments/" + id + "/scores")).asJsonArray().size());
  }

  @Test
  void theNewAssessmentFormShowsMissingFieldsAndKeepsWhatWasTyped() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    int before = Http.json(operator.get("/api/assessments")).asJsonArray().size();
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.nameOf(operator));
      browser.click("#nav-assessments");
      browser.click("#start\\:new");
      browser.find("#create\\:chair").sendKeys("ketua-tidak-ada");
      browser.submit("#create\\:save");
      for (String field : new String[] {"kampungKbId", "period", "team"}) {
        assertTrue(
            browser.messageNextTo("create\\:" + field).contains("Wajib diisi"),
            field + ": " + browser.text());
      }
      assertEquals("ketua-tidak-ada", browser.find("#create\\:chair").getAttribute("value"));
    }
    assertEquals(before, Http.json(operator.get("/api/assessments")).asJsonArray().size());
  }
}
