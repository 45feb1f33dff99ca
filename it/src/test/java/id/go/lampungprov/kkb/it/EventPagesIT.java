package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The coaching-event pages in a real browser: planning an event with its agenda, officials and
 * participants (one found in the registry), the mistakes shown next to their fields, marking it
 * held, the minutes, a follow-up and the calendar. What the pages show is checked against the API.
 */
@ExtendWith(ArquillianExtension.class)
class EventPagesIT {

  @Test
  void aRegencyOperatorPlansAnEventHoldsItAndWritesTheMinutes() throws Exception {
    String username = Accounts.username("REGENCY_OPERATOR", "18.07");
    Http api = Http.basic(username, Accounts.PASSWORD);
    long kkb = ReferenceData.sidodadi(api);
    long dpppa = ReferenceData.agency(api, "DPPPA");
    String pokja =
        Http.json(api.get("/api/kampung-kb/" + kkb + "/pokja")).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> !m.containsKey("termEnd") || m.isNull("termEnd"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("fullName");
    String title = "Pembinaan Pokja " + Accounts.uniqueName("uji");
    try (Chromium browser = Chromium.desktop()) {
      try {
        plan(browser, username, api, kkb, dpppa, pokja, title);
      } catch (Exception | AssertionError e) {
        throw diagnosed(browser, e);
      }
    }
  }

  private static void plan(
      Chromium browser, String username, Http api, long kkb, long dpppa, String pokja, String title)
      throws Exception {
    {
      Staff.login(browser, username);
      browser.click("#nav-events");
      browser.click("#new");

      // Mistakes first: no title, the end before the start, more participants than the quota.
      browser.find("#event\\:venue").sendKeys("Balai Desa Sidodadi");
      browser.find("#event\\:startsAt").sendKeys("10:00");
      browser.find("#event\\:endsAt").sendKeys("09:00");
      browser.find("#event\\:quota").sendKeys("1", Keys.TAB);
      browser.waitUntil(() -> browser.find("#quotaShown").getText().equals("1"));
      browser.find("#event\\:date_input").sendKeys("12-03-2025", Keys.TAB);
      browser.find("h1").click();
      assertEquals("12-03-2025", browser.find("#event\\:date_input").getAttribute("value"));
      browser.select("event:leadAgencyId", String.valueOf(dpppa));
      browser.select("event:district", "18.07.04");
      browser.select("event:venueVillage", ReferenceData.SIDODADI);
      String target = "#event\\:targetKampungKbIds input[value='" + kkb + "']";
      browser.waitUntil(() -> browser.find(target).isSelected());
      addNew(browser, "Rina Marlina");
      browser.waitUntil(() -> browser.find("#participantCount").getText().equals("1"));
      assertEquals("1", browser.find("#event\\:quota").getAttribute("value"));
      assertEquals("1", browser.find("#quotaShown").getText(), "the quota shown");
      addNew(browser, "Dewi Lestari");
      browser.waitUntil(
          () -> browser.find("#event\\:participantsMessage").getText().contains("sudah penuh"));
      assertEquals("1", browser.find("#participantCount").getText(), "refused above the quota");
      browser.submit("#event\\:save");
      assertTrue(browser.messageNextTo("event\\:title").contains("Wajib"), browser.text());
      assertTrue(
          browser.messageNextTo("event\\:endsAt").contains("setelah jam mulai"), browser.text());
      assertEquals("Balai Desa Sidodadi", browser.find("#event\\:venue").getAttribute("value"));
      assertEquals("09:00", browser.find("#event\\:endsAt").getAttribute("value"));
      assertTrue(browser.find("#event\\:participants").getText().contains("Rina Marlina"));

      // Put right, with an agenda of two lines, an official and two more participants.
      browser.find("#event\\:title").sendKeys(title);
      browser.find("#event\\:endsAt").clear();
      browser.find("#event\\:endsAt").sendKeys("12:30");
      browser.find("#event\\:quota").clear();
      browser.find("#event\\:quota").sendKeys("30", Keys.TAB);
      browser.waitUntil(() -> browser.find("#quotaShown").getText().equals("30"));
      browser.find("#event\\:agenda\\:0\\:time").sendKeys("10:00");
      browser.find("#event\\:agenda\\:0\\:topic").sendKeys("Pembukaan");
      browser.find("#event\\:agenda\\:0\\:speaker").sendKeys("Camat Pekalongan");
      browser.find("#event\\:addAgenda").click();
      browser.await("#event\\:agenda\\:1\\:topic");
      browser.find("#event\\:agenda\\:1\\:time").sendKeys("10:30");
      browser.find("#event\\:agenda\\:1\\:topic").sendKeys("Penyusunan RKM Kampung KB");
      browser.find("#event\\:officials\\:0\\:officialName").sendKeys("Ir. Erismon");
      browser
          .find("#event\\:officials\\:0\\:officialPosition")
          .sendKeys("Kabid Pengendalian Penduduk BKKBN");
      browser.find("#event\\:query").sendKeys(pokja);
      browser.find("#event\\:find").click();
      browser.await("#event\\:results\\:0\\:add");
      assertTrue(browser.find("#event\\:results").getText().contains(pokja));
      browser.find("#event\\:results\\:0\\:add").click();
      browser.waitUntil(() -> browser.find("#participantCount").getText().equals("2"));
      addNew(browser, "Dewi Lestari");
      browser.waitUntil(() -> browser.find("#participantCount").getText().equals("3"));
      browser.screenshot("20-kegiatan-form");
      browser.submit("#event\\:save");

      String detail = browser.text();
      assertTrue(detail.contains(title) && detail.contains("Kegiatan disimpan."), detail);
      assertTrue(detail.contains("Penyusunan RKM Kampung KB") && detail.contains("Ir. Erismon"));
      assertTrue(browser.has("#edit"), "a planned event can be edited");
      long id = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      JsonObject stored = Http.object(api.get("/api/events/" + id), 200);
      assertEquals(title, stored.getString("title"));
      assertEquals("2025-03-12T10:00", stored.getString("startsAt").substring(0, 16));
      assertEquals(ReferenceData.SIDODADI, stored.getString("venueVillage"));
      assertEquals(30, stored.getInt("quota"));
      assertEquals(2, stored.getJsonArray("agenda").size());
      assertEquals(1, stored.getJsonArray("officials").size());
      assertEquals(3, stored.getInt("participantCount"));
      List<String> names =
          Http.json(api.get("/api/events/" + id + "/participants")).asJsonArray().stream()
              .map(p -> p.asJsonObject().getString("fullName"))
              .toList();
      assertTrue(names.containsAll(List.of("Rina Marlina", pokja, "Dewi Lestari")), "" + names);

      // The edit form holds what was saved; all the Pokja and cadres are a click away.
      String detailUrl = browser.url();
      browser.click("#edit");
      assertEquals(title, browser.find("#event\\:title").getAttribute("value"));
      assertEquals("3", browser.find("#participantCount").getText());
      assertEquals(
          "Penyusunan RKM Kampung KB",
          browser.find("#event\\:agenda\\:1\\:topic").getAttribute("value"));
      browser.find("#event\\:find").click();
      browser.await("#event\\:addAll");
      browser.find("#event\\:addAll").click();
      browser.waitUntil(() -> Integer.parseInt(browser.find("#participantCount").getText()) >= 20);
      browser.open(detailUrl); // not saved: still three participants
      assertEquals(3, Http.object(api.get("/api/events/" + id), 200).getInt("participantCount"));

      // The registration desk sees the personal check-in code of invitees without a number of
      // their own, and when the QR code works.
      String dewiCode =
          Http.element(api.get("/api/events/" + id + "/participants"), "fullName", "Dewi Lestari")
              .getString("checkInCode");
      assertTrue(dewiCode.matches("[0-9]{6}"), dewiCode);
      assertTrue(
          browser.find("#attendance\\:participants").getText().contains(dewiCode), browser.text());
      assertTrue(
          browser.find("#checkin-window").getText().contains("Rabu, 12 Maret 2025 09.00 WIB"),
          browser.find("#checkin-window").getText());

      // Cancelling needs a reason: refused next to the field, the event stays planned.
      browser.find("#status\\:cancel").click();
      browser.await(".ui-confirmdialog-yes");
      browser.submit(".ui-confirmdialog-yes");
      assertTrue(
          browser.find(".cancel-event .ui-message-error").getText().contains("Wajib diisi"),
          browser.text());
      assertEquals("Direncanakan", browser.find("#event-status").getText());

      // Held, then the minutes (a missing field first) and a follow-up.
      browser.submit("#status\\:held");
      assertEquals("Terlaksana", browser.find("#event-status").getText());
      browser.find("#minutes\\:minuteTaker").sendKeys("Sekretaris Pokja");
      browser.find("#minutes\\:discussion").sendKeys("Pengelolaan Kampung KB masih kuantitatif.");
      browser.find("#minutes\\:decisions").sendKeys("Pokja menyusun RKM.");
      browser.submit("#minutes\\:save");
      assertTrue(browser.messageNextTo("minutes\\:chair").contains("Wajib"));
      assertEquals(
          "Sekretaris Pokja", browser.find("#minutes\\:minuteTaker").getAttribute("value"));
      browser.find("#minutes\\:chair").sendKeys("Kepala Dinas PPPA Provinsi Lampung");
      browser.find("#minutes\\:outcome").sendKeys("Peserta memahami kriteria COE.");
      browser.submit("#minutes\\:save");
      assertTrue(browser.text().contains("Notulen disimpan."), browser.text());
      browser.open(detailUrl + "#minutes-title");
      assertEquals(
          "Kepala Dinas PPPA Provinsi Lampung",
          browser.find("#minutes\\:chair").getAttribute("value"),
          "the minutes written stay on the form");
      browser.screenshot("22-kegiatan-notulen");
      browser.find("#followUp\\:action").sendKeys("Menyusun RKM Kampung KB");
      browser.find("#followUp\\:owner").sendKeys("Ketua Pokja");
      browser.find("#followUp\\:dueDate_input").sendKeys("01-01-2020", Keys.TAB);
      browser.submit("#followUp\\:add");
      assertTrue(
          browser
              .messageNextTo("followUp\\:dueDate")
              .contains("tidak boleh sebelum tanggal kegiatan"),
          browser.text());
      assertEquals(
          "Menyusun RKM Kampung KB", browser.find("#followUp\\:action").getAttribute("value"));
      assertEquals("Ketua Pokja", browser.find("#followUp\\:owner").getAttribute("value"));
      browser
          .find("#followUp\\:dueDate_input")
          .sendKeys(Keys.chord(Keys.CONTROL, "a"), "30-04-2025", Keys.TAB);
      browser.submit("#followUp\\:add");
      assertTrue(browser.find("#followUps\\:list").getText().contains("Menyusun RKM Kampung KB"));
      JsonObject held = Http.object(api.get("/api/events/" + id), 200);
      assertEquals("HELD", held.getString("status"));
      assertEquals(
          "Kepala Dinas PPPA Provinsi Lampung", held.getJsonObject("minutes").getString("chair"));
      assertEquals("Peserta memahami kriteria COE.", held.getString("outcome"));
      JsonArray followUps = Http.json(api.get("/api/events/" + id + "/follow-ups")).asJsonArray();
      assertEquals(1, followUps.size());
      assertEquals("2025-04-30", followUps.getJsonObject(0).getString("dueDate"));

      // The calendar of March 2025 shows it; the next month does not.
      String link = "a.fc-event[href*='detail.xhtml?id=" + id + "']";
      browser.open(Http.BASE + "/kegiatan/kalender.xhtml?bulan=2025-03");
      browser.await(link);
      browser.screenshot("21-kegiatan-kalender");
      browser.find(".fc-next-button").click();
      browser.waitUntil(() -> !browser.has(link));
      browser.find(".fc-prev-button").click();
      browser.await(link);
    }
  }

  @Test
  void aViewerSeesTheCalendarButCannotPlan() throws Exception {
    String username = Accounts.username("VIEWER", "18.07");
    Http api = Http.basic(username, Accounts.PASSWORD);
    JsonObject reference = ReferenceData.referenceEventAsListed(api);
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.click("#nav-events");
      assertFalse(browser.has("#new"), "planning is for operators");
      browser.click("#calendar");
      browser.open(Http.BASE + "/kegiatan/kalender.xhtml?bulan=2020-06");
      browser.await("a.fc-event[href*='detail.xhtml?id=" + reference.getJsonNumber("id") + "']");
      browser.open(Http.BASE + "/kegiatan/detail.xhtml?id=" + reference.getJsonNumber("id"));
      assertFalse(browser.has("#edit") || browser.has("#status\\:held"), "read only");
      assertTrue(browser.text().contains("Notulen"), "the minutes are shown");
    }
  }

  /** The failure with the page's text; a screenshot and the server log are kept in target. */
  private static AssertionError diagnosed(Chromium browser, Throwable e) {
    String page;
    try {
      browser.screenshot("29-failure");
      page = browser.url() + "\n" + browser.text();
      java.nio.file.Path log =
          java.nio.file.Path.of("target/payara6/glassfish/domains/domain1/logs/server.log");
      if (java.nio.file.Files.exists(log)) {
        java.nio.file.Files.copy(
            log,
            java.nio.file.Path.of("target/event-pages-server.log"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (RuntimeException | java.io.IOException unreadable) {
      page = "(page unreadable: " + unreadable + ")";
    }
    return new AssertionError(e + "\nPAGE: " + page, e);
  }

  private static void addNew(Chromium browser, String name) {
    browser.find("#event\\:newName").clear();
    browser.find("#event\\:newName").sendKeys(name);
    new Select(browser.find("#event\\:newSex")).selectByValue("FEMALE");
    browser.find("#event\\:addNew").click();
  }
}
