package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The reference scenario walked in the browser on a fresh installation (no demo data, so Sidodadi
 * is free to register): a regency operator of Lampung Timur registers Kampung KB Sidodadi with its
 * Pokja, plans the event of 5 June 2020 at Balai Desa Sidodadi, takes attendance for its 20
 * participants and records the minutes; two assessors score Sidodadi, the operator verifies, the
 * province officer approves; the Laporan Kegiatan downloaded from the page says what happened.
 */
@ExtendWith(ArquillianExtension.class)
class FreshReferenceScenarioIT {

  static final String SIDODADI = "18.07.04.2003";
  static final String TITLE = "Pembinaan dan Pengembangan COE Pengelolaan Kampung KB";

  @Test
  void theReferenceScenarioInTheBrowser() throws Exception {
    String operatorName = Accounts.username("REGENCY_OPERATOR", "18.07");
    String officerName = Accounts.username("PROVINCE_OFFICER", "18");
    Http operator = Http.basic(operatorName, Accounts.PASSWORD);
    Http officer = Http.basic(officerName, Accounts.PASSWORD);
    ReferenceData.closeActiveSidodadi(officer);

    long kkb;
    long event;
    try (Chromium browser = Chromium.desktop()) {
      try {
        Staff.login(browser, operatorName);
        kkb = registerSidodadiWithItsPokja(browser, operator);
        event = planTheReferenceEvent(browser, operator, kkb);
        takeAttendance(browser, operator, event);
      } catch (Exception | AssertionError e) {
        browser.screenshot("99-scenario-failure");
        throw new AssertionError(e + "\nPAGE " + browser.url() + "\n" + browser.text(), e);
      }
    }
    FreshAssessmentScenario.scoreVerifyAndApprove(operatorName, officerName, kkb);

    // The province officer downloads the Laporan Kegiatan from the event's page.
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, officerName);
      browser.open(Http.BASE + "/kegiatan/detail.xhtml?id=" + event);
      HttpResponse<byte[]> pdf = browser.download("#activity-report");
      assertEquals(200, pdf.statusCode());
      String text = Pdfs.text(pdf.body());
      Pdfs.assertShows(
          text,
          "LAPORAN KEGIATAN",
          "Jumat, 5 Juni 2020",
          "Balai Desa Sidodadi",
          "Camat Pekalongan",
          "Ir. Erismon",
          "Peserta memahami kriteria COE.",
          "DAFTAR HADIR",
          "Sutrisno",
          "Peserta Pokja Sidodadi 20");
    }

    // Sidodadi is left closed as it was found, so the fresh installation's own tests begin empty.
    ReferenceData.close(operator, kkb);
  }

  private static long registerSidodadiWithItsPokja(Chromium browser, Http operator)
      throws Exception {
    browser.click("#nav-kkb");
    browser.click("#new");
    browser.select("kkb:district", "18.07.04");
    browser.select("kkb:villageCode", SIDODADI);
    browser.find("#kkb\\:name").sendKeys("Kampung KB Sidodadi");
    browser.find("#kkb\\:rwCoverage").sendKeys("RW 01 sampai RW 06");
    browser.find("#kkb\\:declarationDate_input").sendKeys("13-06-2016", Keys.TAB);
    browser.find("h1").click();
    browser.submit("#kkb\\:save");
    assertTrue(browser.text().contains("Data Kampung KB disimpan."), browser.text());
    long kkb = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));

    browser.clickText("Pokja dan kader");
    browser.await("#tabs\\:pokja\\:fullName");
    List<String> roles = List.of("CHAIR", "SECRETARY", "TREASURER");
    List<String> names = List.of("Sutrisno", "Siti Rahmawati", "Ani Lestari");
    for (int i = 0; i < roles.size(); i++) {
      browser.select("tabs:pokja:role", roles.get(i));
      browser.find("#tabs\\:pokja\\:fullName").clear();
      browser.find("#tabs\\:pokja\\:fullName").sendKeys(names.get(i));
      browser.select("tabs:pokja:sex", i == 0 ? "MALE" : "FEMALE");
      if (i == 0) { // the term start stays for the next member
        browser.find("#tabs\\:pokja\\:termStart_input").sendKeys("01-06-2016", Keys.TAB);
        browser.find("h1").click(); // the date picker's calendar closed, off the add button
      }
      // Enter, not a click: a date picker's calendar still fading out may cover the button.
      browser.find("#tabs\\:pokja\\:add").sendKeys(Keys.ENTER);
      String name = names.get(i);
      browser.waitUntil(() -> browser.find("#tabs\\:pokja\\:members").getText().contains(name));
    }
    JsonObject stored = Http.object(operator.get("/api/kampung-kb/" + kkb), 200);
    assertEquals("Kampung KB Sidodadi", stored.getString("name"));
    assertEquals(SIDODADI, stored.getString("villageCode"));
    List<String> pokja =
        Http.json(operator.get("/api/kampung-kb/" + kkb + "/pokja")).asJsonArray().stream()
            .map(m -> m.asJsonObject().getString("role"))
            .toList();
    assertTrue(pokja.containsAll(roles), pokja.toString());
    return kkb;
  }

  private static long planTheReferenceEvent(Chromium browser, Http operator, long kkb)
      throws Exception {
    browser.click("#nav-events");
    browser.click("#new");
    browser.find("#event\\:title").sendKeys(TITLE);
    browser.find("#event\\:venue").sendKeys("Balai Desa Sidodadi");
    browser.find("#event\\:startsAt").sendKeys("09:00");
    browser.find("#event\\:endsAt").sendKeys("12:30");
    browser.find("#event\\:budgetSource").sendKeys("APBD Provinsi Lampung");
    browser.find("#event\\:healthProtocol").sendKeys("Masker, cuci tangan, jaga jarak");
    browser.find("#event\\:quota").sendKeys("20", Keys.TAB);
    browser.waitUntil(() -> browser.find("#quotaShown").getText().equals("20"));
    browser.select("event:leadAgencyId", String.valueOf(ReferenceData.agency(operator, "DPPPA")));
    browser.select("event:district", "18.07.04");
    browser.select("event:venueVillage", SIDODADI);
    browser.find("#event\\:agenda\\:0\\:time").sendKeys("09:00");
    browser.find("#event\\:agenda\\:0\\:topic").sendKeys("Pembukaan");
    browser.find("#event\\:agenda\\:0\\:speaker").sendKeys("Camat Pekalongan");
    browser.find("#event\\:addAgenda").click();
    browser.await("#event\\:agenda\\:1\\:topic");
    browser.find("#event\\:agenda\\:1\\:time").sendKeys("10:00");
    browser
        .find("#event\\:agenda\\:1\\:topic")
        .sendKeys("Penyusunan Rencana Kerja Masyarakat Kampung KB");
    browser.find("#event\\:officials\\:0\\:officialName").sendKeys("Ir. Erismon");
    browser
        .find("#event\\:officials\\:0\\:officialPosition")
        .sendKeys("Kabid Pengendalian Penduduk BKKBN Lampung");

    // The Pokja chair found in the registry, then 19 more participants by name.
    browser.find("#event\\:query").sendKeys("Sutrisno");
    browser.find("#event\\:find").click();
    browser.await("#event\\:results\\:0\\:add");
    assertTrue(browser.find("#event\\:results").getText().contains("Sutrisno"));
    browser.find("#event\\:results\\:0\\:add").click();
    browser.waitUntil(() -> browser.find("#participantCount").getText().equals("1"));
    for (int i = 2; i <= 20; i++) {
      browser.find("#event\\:newName").clear();
      browser.find("#event\\:newName").sendKeys("Peserta Pokja Sidodadi " + i);
      new Select(browser.find("#event\\:newSex")).selectByValue(i % 3 == 0 ? "MALE" : "FEMALE");
      browser.find("#event\\:addNew").click();
      String count = String.valueOf(i);
      browser.waitUntil(() -> browser.find("#participantCount").getText().equals(count));
    }
    // The date last, its calendar closed (a picker left open would cover the save button).
    browser.find("#event\\:date_input").sendKeys("05-06-2020", Keys.TAB);
    browser.find("h1").click();
    // Picking the venue village ticks its Kampung KB as the event's target.
    String target = "#event\\:targetKampungKbIds input[value='" + kkb + "']";
    browser.waitUntil(() -> browser.find(target).isSelected());
    browser.submit("#event\\:save");
    assertTrue(browser.text().contains("Kegiatan disimpan."), browser.text());
    long event = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    JsonObject stored = Http.object(operator.get("/api/events/" + event), 200);
    assertEquals("2020-06-05T09:00", stored.getString("startsAt").substring(0, 16));
    assertEquals(SIDODADI, stored.getString("venueVillage"));
    assertEquals(20, stored.getInt("participantCount"));
    return event;
  }

  private static void takeAttendance(Chromium browser, Http operator, long event) throws Exception {
    browser.open(Http.BASE + "/kegiatan/detail.xhtml?id=" + event);
    for (int i = 0; i < 20; i++) {
      browser.find("#attendance\\:participants\\:" + i + "\\:present").click();
      String count = String.valueOf(i + 1);
      browser.waitUntil(() -> browser.find("#present-count").getText().equals(count));
    }
    browser.submit("#status\\:held");
    browser.find("#minutes\\:minuteTaker").sendKeys("Siti Rahmawati, Sekretaris Pokja");
    browser.find("#minutes\\:chair").sendKeys("Kepala Dinas PPPA Provinsi Lampung");
    browser
        .find("#minutes\\:discussion")
        .sendKeys("Pengelolaan Kampung KB masih bersifat kuantitatif.");
    browser.find("#minutes\\:decisions").sendKeys("Pokja menyusun Rencana Kerja Masyarakat.");
    browser.find("#minutes\\:outcome").sendKeys("Peserta memahami kriteria COE.");
    browser.submit("#minutes\\:save");
    assertTrue(browser.text().contains("Notulen disimpan."), browser.text());
    JsonObject totals =
        Http.object(operator.get("/api/events/" + event + "/participants/totals"), 200);
    assertEquals(20, totals.getInt("present"), totals.toString());
  }
}
