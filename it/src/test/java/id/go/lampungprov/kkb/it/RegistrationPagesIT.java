package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * Editing a Kampung KB's tabs in a real browser as a regency operator: Pokja and cadres, a decree,
 * a month's figures, an intervention with photos; and the bulk import page. Each step is checked on
 * the page and through the API.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationPagesIT {

  private static final String OPERATOR_SCOPE = "18.07";

  @Test
  void anOperatorFillsTheTabsOfANewKampungKb() throws Exception {
    String username = Accounts.username("REGENCY_OPERATOR", OPERATOR_SCOPE);
    Http api = Http.basic(username, Accounts.PASSWORD);
    String village = ReferenceData.freeVillage(api);
    long kkb = Fixtures.registerKampungKb(api, village, "Kampung KB Halaman");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.open(Http.BASE + "/kampung-kb/detail.xhtml?id=" + kkb);

      browser.clickText("Pokja dan kader");
      browser.await("#tabs\\:pokja\\:fullName");
      browser.find("#tabs\\:pokja\\:fullName").sendKeys("Tanpa Jabatan");
      browser.find("#tabs\\:pokja\\:add").click();
      assertTrue(browser.messageNextTo("tabs\\:pokja\\:role").contains("Wajib diisi"));
      assertEquals(
          "Tanpa Jabatan",
          browser.find("#tabs\\:pokja\\:fullName").getAttribute("value"),
          "what was typed stays");
      browser.find("#tabs\\:pokja\\:fullName").clear();

      List<String> roles = List.of("CHAIR", "SECRETARY", "TREASURER");
      List<String> names = List.of("Siti Rahmawati", "Ani Lestari", "Dewi Sartika");
      for (int i = 0; i < roles.size(); i++) {
        browser.select("tabs:pokja:role", roles.get(i));
        browser.find("#tabs\\:pokja\\:fullName").sendKeys(names.get(i));
        browser.select("tabs:pokja:sex", "FEMALE");
        if (i == 0) {
          browser.find("#tabs\\:pokja\\:termStart_input").sendKeys("01-04-2024", Keys.TAB);
        } else {
          assertEquals(
              "01-04-2024",
              browser.find("#tabs\\:pokja\\:termStart_input").getAttribute("value"),
              "the term start stays for the next member");
        }
        browser.find("#tabs\\:pokja\\:add").click();
        String name = names.get(i);
        browser.waitUntil(() -> browser.find("#tabs\\:pokja\\:members").getText().contains(name));
      }
      assertTrue(browser.find("#tabs\\:pokja\\:members").getText().contains("Ketua"));

      browser.select("tabs:cadre:type", "PPKBD");
      browser.find("#tabs\\:cadre\\:phone").sendKeys("0812 3456 7890");
      browser.find("#tabs\\:cadre\\:add").click();
      refusedNextTo(browser, "tabs\\:cadre\\:fullName", "wajib diisi");
      assertEquals(
          "0812 3456 7890",
          browser.find("#tabs\\:cadre\\:phone").getAttribute("value"),
          "what was typed stays");
      browser.find("#tabs\\:cadre\\:fullName").sendKeys("Sri Wahyuni");
      browser.select("tabs:cadre:sex", "FEMALE");
      browser.find("#tabs\\:cadre\\:termStart_input").sendKeys("01-05-2024", Keys.TAB);
      browser.find("#tabs\\:cadre\\:add").click();
      browser.waitUntil(
          () -> browser.find("#tabs\\:cadre\\:cadres").getText().contains("Sri Wahyuni"));
      browser.screenshot("10-kampung-kb-pokja");

      JsonArray members = Http.json(api.get("/api/kampung-kb/" + kkb + "/pokja")).asJsonArray();
      assertEquals(
          List.of("CHAIR", "SECRETARY", "TREASURER"),
          members.stream().map(m -> m.asJsonObject().getString("role")).sorted().toList(),
          members.toString());
      assertEquals(
          1, Http.json(api.get("/api/kampung-kb/" + kkb + "/cadres")).asJsonArray().size());

      // A cadre's term ends (confirmed): off the list, kept in the history.
      browser.find("#tabs\\:cadre\\:cadres\\:0\\:end").click();
      browser.await(".ui-confirmdialog-yes").click();
      browser.waitUntil(
          () -> !browser.find("#tabs\\:cadre\\:cadres").getText().contains("Sri Wahyuni"));
      JsonObject ended =
          Http.json(api.get("/api/kampung-kb/" + kkb + "/cadres")).asJsonArray().getJsonObject(0);
      assertTrue(!ended.isNull("termEnd"), ended.toString());

      // The former cadre joins the Pokja: picked from the people the Kampung KB has, not retyped.
      long cadrePerson = ended.getJsonObject("person").getJsonNumber("id").longValue();
      browser.select("tabs:pokja:role", "ADVISER");
      browser.select("tabs:pokja:personId", String.valueOf(cadrePerson));
      browser.find("#tabs\\:pokja\\:add").click();
      browser.waitUntil(
          () -> browser.find("#tabs\\:pokja\\:members").getText().contains("Sri Wahyuni"));
      assertTrue(
          Http.json(api.get("/api/kampung-kb/" + kkb + "/pokja")).asJsonArray().stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(
                  m ->
                      m.getString("role").equals("ADVISER")
                          && m.getJsonObject("person").getJsonNumber("id").longValue()
                              == cadrePerson),
          "the same person, not a new one");

      browser.clickText("SK");
      browser.await("#tabs\\:decree\\:number");
      String number = "400/" + Accounts.uniqueName("sk") + "/2024";
      browser.find("#tabs\\:decree\\:number").sendKeys(number);
      browser.find("#tabs\\:decree\\:add").click();
      refusedNextTo(browser, "tabs\\:decree\\:signerName", "wajib diisi");
      assertEquals(number, browser.find("#tabs\\:decree\\:number").getAttribute("value"));
      browser.find("#tabs\\:decree\\:signerName").sendKeys("Dawam Rahardjo");
      browser.find("#tabs\\:decree\\:signerPosition").sendKeys("Bupati Lampung Timur");
      // The date last: in the last run the position typed right after the date picker was lost.
      browser.find("#tabs\\:decree\\:date_input").sendKeys("10-04-2024", Keys.TAB);
      browser.find("#tabs\\:decree\\:add").click();
      browser.waitUntil(() -> browser.find("#tabs\\:decree\\:list").getText().contains(number));
      assertTrue(
          api.get("/api/kampung-kb/" + kkb + "/decrees").body().contains(number), "decree stored");

      browser.clickText("Profil");
      browser.await("#tabs\\:profile\\:pkbName");
      browser.find("#tabs\\:profile\\:pkbName").sendKeys("Budi Santoso");
      browser.find("#tabs\\:profile\\:pkbNip").sendKeys("12345");
      browser.find("#tabs\\:profile\\:pokjaExists .ui-chkbox-box").click();
      browser.find("#tabs\\:profile\\:pokjaMembers").sendKeys("3");
      browser.find("#tabs\\:profile\\:validFrom_input").sendKeys("01-06-2024", Keys.TAB);
      browser.find("h1").click();
      browser.find("#tabs\\:profile\\:save").sendKeys(Keys.ENTER);
      refusedNextTo(browser, "tabs\\:profile\\:pkbNip", "NIP");
      assertEquals("Budi Santoso", browser.find("#tabs\\:profile\\:pkbName").getAttribute("value"));
      assertEquals(
          "01-06-2024", browser.find("#tabs\\:profile\\:validFrom_input").getAttribute("value"));
      browser.find("#tabs\\:profile\\:pkbNip").clear();
      browser.find("#tabs\\:profile\\:save").sendKeys(Keys.ENTER);
      browser.waitUntil(
          () -> browser.find("#tabs\\:profile\\:history").getText().contains("2024-06-01"));
      assertTrue(
          api.get("/api/kampung-kb/" + kkb + "/profiles/active").body().contains("Budi Santoso"),
          "the new checklist version stored");

      browser.clickText("Data bulanan");
      browser.await("#tabs\\:figures\\:families");
      browser.find("#tabs\\:figures\\:period").sendKeys("2024-05");
      JsonObject figures = Fixtures.figures().add("usersPill", 400).build();
      for (String field : figures.keySet()) {
        browser.find("#tabs\\:figures\\:" + field).sendKeys(String.valueOf(figures.getInt(field)));
      }
      browser.find("#tabs\\:figures\\:save").click();
      assertTrue(browser.messageNextTo("tabs\\:figures\\:users").contains("PUS"), browser.text());
      assertEquals("400", browser.find("#tabs\\:figures\\:families").getAttribute("value"));
      assertTrue(
          Http.json(api.get("/api/kampung-kb/" + kkb + "/figures")).asJsonArray().isEmpty(),
          "a refused month is not stored");
      browser.find("#tabs\\:figures\\:usersPill").clear();
      browser.find("#tabs\\:figures\\:usersPill").sendKeys("40");
      browser.find("#tabs\\:figures\\:save").click();
      browser.waitUntil(
          () -> browser.find("#tabs\\:figures\\:history").getText().contains("2024-05"));
      assertTrue(api.get("/api/kampung-kb/" + kkb + "/figures").body().contains("2024-05"));

      // Someone else corrects May through the API while this page still shows the May it read:
      // the page's correction is refused as stale instead of overwriting it unseen.
      String may = "/api/kampung-kb/" + kkb + "/figures/2024-05";
      Http.object(
          api.put(may, "*", Fixtures.figures().add("usersPill", 41).build().toString()), 200);
      browser.find("#tabs\\:figures\\:period").clear();
      browser.find("#tabs\\:figures\\:period").sendKeys("2024-05");
      JsonObject correction = Fixtures.figures().add("usersPill", 42).build();
      for (String field : correction.keySet()) {
        browser.find("#tabs\\:figures\\:" + field).clear();
        browser
            .find("#tabs\\:figures\\:" + field)
            .sendKeys(String.valueOf(correction.getInt(field)));
      }
      browser.find("#tabs\\:figures\\:save").click();
      browser.waitUntil(() -> browser.text().contains("telah diubah orang lain"));
      assertTrue(
          api.get("/api/kampung-kb/" + kkb + "/figures").body().contains("\"usersPill\":41"),
          "the other correction stands");

      String agency =
          Http.json(api.get("/api/agencies")).asJsonArray().stream()
              .map(JsonValue::asJsonObject)
              .filter(a -> a.getBoolean("active"))
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .toString();
      browser.clickText("Intervensi");
      browser.await("#tabs\\:intervention\\:title");
      browser.find("#tabs\\:intervention\\:title").sendKeys("Bantuan usaha kelompok UPPKA");
      browser.find("#tabs\\:intervention\\:add").click();
      refusedNextTo(browser, "tabs\\:intervention\\:agencyId", "wajib diisi");
      assertEquals(
          "Bantuan usaha kelompok UPPKA",
          browser.find("#tabs\\:intervention\\:title").getAttribute("value"));
      browser.select("tabs:intervention:agencyId", agency);
      browser.find("#tabs\\:intervention\\:date_input").sendKeys("20-05-2024", Keys.TAB);
      browser.select("tabs:intervention:familyFunction", "ECONOMY");
      browser.find("#tabs\\:intervention\\:targetGroups .ui-chkbox-box").click();
      browser.find("#tabs\\:intervention\\:add").click();
      browser.waitUntil(
          () -> browser.find("#tabs\\:intervention\\:list").getText().contains("Bantuan usaha"));

      browser.screenshot("11-kampung-kb-intervensi");

      // The photos live on the intervention's own page: a refused file, then a photo that shows.
      browser.click("#tabs\\:intervention\\:list\\:0\\:photos");
      browser.await("#photoForm\\:photo");
      Path text = java.nio.file.Files.createTempFile("bukan-foto", ".png");
      java.nio.file.Files.writeString(text, "ini bukan gambar");
      browser.find("#photoForm\\:caption").sendKeys("Sebelum bantuan");
      browser.find("#photoForm\\:photo").sendKeys(text.toString());
      browser.submit("#photoForm\\:upload");
      String refusal = browser.messageNextTo("photoForm\\:photo");
      assertTrue(refusal.contains("JPEG atau PNG"), refusal);
      assertEquals("Sebelum bantuan", browser.find("#photoForm\\:caption").getAttribute("value"));
      String interventions = "/api/interventions?kampungKbId=" + kkb;
      assertTrue(
          api.get(interventions).body().contains("\"photos\":[]"), "a refused file is not stored");

      Path png = java.nio.file.Files.createTempFile("foto", ".png");
      java.nio.file.Files.write(png, Files.image("png", 640, 480));
      browser.find("#photoForm\\:photo").sendKeys(png.toString());
      browser.submit("#photoForm\\:upload");
      assertTrue(browser.text().contains("Foto disimpan."), browser.text());
      assertEquals(1, browser.count("ul.photos img"));
      assertEquals(
          Boolean.TRUE,
          browser.script(
              "var i = document.querySelector('ul.photos img');"
                  + " return i.complete && i.naturalWidth === 640;"),
          "the thumbnail loads from /unduh with the page's session");
      JsonObject stored =
          Http.object(api.get(interventions), 200)
              .getJsonArray("content")
              .getJsonObject(0)
              .getJsonArray("photos")
              .getJsonObject(0);
      assertEquals("BEFORE", stored.getString("stage"));
      assertEquals("Sebelum bantuan", stored.getString("caption"));
      browser.screenshot("13-intervensi-foto");

      // "Tampilkan di portal publik": ticked, the photo shows on the public profile; cleared, gone.
      long photoId = stored.getJsonNumber("id").longValue();
      assertFalse(PublicPortalIT.publicPhotoIds(kkb).contains(photoId), "private at first");
      browser.find("#photos [id$=':public'] .ui-chkbox-box").click();
      browser.waitUntil(() -> browser.text().contains("Foto tampil di portal publik."));
      assertTrue(PublicPortalIT.publicPhotoIds(kkb).contains(photoId), "public once ticked");
      assertEquals(200, Http.anonymous().getBytes("/api/public/photos/" + photoId).statusCode());
      browser.find("#photos [id$=':public'] .ui-chkbox-box").click();
      browser.waitUntil(() -> browser.text().contains("Foto tidak lagi tampil di portal publik."));
      assertFalse(PublicPortalIT.publicPhotoIds(kkb).contains(photoId), "private once cleared");
      assertEquals(404, Http.anonymous().get("/api/public/photos/" + photoId).statusCode());

      browser.find("#photos button[id$=':remove']").click();
      browser.await(".ui-confirmdialog-yes");
      browser.submit(".ui-confirmdialog-yes");
      assertTrue(browser.text().contains("Foto dihapus."), browser.text());
      assertEquals(0, browser.count("ul.photos img"));
      assertTrue(api.get(interventions).body().contains("\"photos\":[]"), "the photo removed");

      // The Pokja tab's downloads: the members and cadres the tab shows (terms not ended), so the
      // cadre whose term ended is in the history but not in the file.
      browser.open(Http.BASE + "/kampung-kb/detail.xhtml?id=" + kkb + "&tab=pokjaTab");
      browser.await("#tabs\\:pokjaExport\\:export-csv");
      BrowserDownloads downloads = new BrowserDownloads(browser);
      String pokja = "/api/kampung-kb/" + kkb + "/pokja?current=true";
      int current = Http.json(api.get(pokja)).asJsonArray().size();
      Path memberFile = downloads.click("#tabs\\:pokjaExport\\:export-csv");
      assertEquals(current, ExportIT.csvRecords(java.nio.file.Files.readString(memberFile)) - 2);
      assertEquals(4, current, "three officers and the adviser");
      Path cadreFile = downloads.click("#tabs\\:cadreExport\\:export-csv");
      assertEquals(0, ExportIT.csvRecords(java.nio.file.Files.readString(cadreFile)) - 2);
      assertEquals(
          1, Http.json(api.get("/api/kampung-kb/" + kkb + "/cadres")).asJsonArray().size());
    }
  }

  @Test
  void anOperatorChecksAndImportsAFile() throws Exception {
    String username = Accounts.username("REGENCY_OPERATOR", OPERATOR_SCOPE);
    Http api = Http.basic(username, Accounts.PASSWORD);
    String first = ReferenceData.freeVillage(api);
    String second = ReferenceData.freeVillage(api);
    String header =
        api.get("/api/kampung-kb/import/template").body().lines().findFirst().orElseThrow();
    String good = first + ",Kampung KB Impor Satu,2019-06-13,RW 01-02,,,,,NONE";
    Path wrong = java.nio.file.Files.createTempFile("impor-salah", ".csv");
    java.nio.file.Files.writeString(
        wrong, header + "\n" + good + "\n18.07.99.9999,Kampung KB Salah,2019-06-13,,,,,,NONE");
    Path fixed = java.nio.file.Files.createTempFile("impor-benar", ".csv");
    java.nio.file.Files.writeString(
        fixed, header + "\n" + good + "\n" + second + ",Kampung KB Impor Dua,2019-06-13,,,,,,NONE");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.click("#nav-kkb");
      browser.click("#import");
      assertTrue(browser.text().contains("Impor Kampung KB"));

      browser.find("#import\\:file").sendKeys(wrong.toString());
      browser.submit("#import\\:check");
      String errors = browser.find("#import\\:errors").getText();
      assertTrue(errors.contains("3") && errors.contains("unknown-region"), errors);
      assertTrue(errors.contains("Kode desa tidak dikenal"), errors);
      browser.screenshot("12-kampung-kb-impor");
      assertEquals(0, active(api, first), "a dry run writes nothing");

      // A hostile workbook is refused whole, the reason beside the file field.
      Path bomb = java.nio.file.Files.createTempFile("impor-bom", ".xlsx");
      java.nio.file.Files.write(bomb, HostileFiles.columnBomb());
      browser.find("#import\\:file").sendKeys(bomb.toString());
      browser.submit("#import\\:check");
      String refusal = browser.find(".field:has(#import\\:file)").getText();
      assertTrue(refusal.contains("Ada isian di luar kolom templat"), refusal);

      browser.find("#import\\:file").sendKeys(fixed.toString());
      browser.submit("#import\\:check");
      assertTrue(browser.text().contains("2 baris siap diimpor"), browser.text());
      browser.submit("#import\\:run");
      assertTrue(browser.text().contains("Impor selesai: 2 Kampung KB disimpan."), browser.text());
    }
    assertEquals(1, active(api, first));
    assertEquals(1, active(api, second));
  }

  private static long active(Http api, String village) {
    return Http.total(api.get("/api/kampung-kb?status=ACTIVE&region=" + village));
  }

  /** Waits for the refusal next to a field (after an AJAX submit) and checks its text. */
  private static void refusedNextTo(Chromium browser, String field, String text)
      throws InterruptedException {
    String shown = browser.messageNextTo(field);
    assertTrue(shown.toLowerCase().contains(text.toLowerCase()), field + ": " + shown);
  }
}
