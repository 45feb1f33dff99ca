package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrators' pages in a real browser: issuers, numbering templates, signatories. */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {

  @Test
  void anAdminKeepsTheLetterheadNumberingAndSignatoriesOfAnIssuer() throws Exception {
    Http admin = Accounts.admin();
    String address = "Jl. Uji Halaman No. " + Accounts.uniqueName("a");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.username("ADMIN", "18"));
      browser.click("#nav-issuers");
      browser.open(Http.BASE + "/admin/penerbit.xhtml?kode=DPPPA");
      assertTrue(browser.text().contains("Penerbit & penanda tangan"), browser.text());
      String line2 = browser.find("#issuer\\:line2").getAttribute("value");
      assertTrue(!line2.isBlank(), "the issuer's letterhead is shown");

      // A template without {seq} is refused next to the field; what was typed stays.
      var template = browser.find("#issuer\\:numberTemplate");
      String original = template.getAttribute("value");
      template.clear();
      template.sendKeys("400.13.1/PPPA/{year}");
      browser.find("#issuer\\:address").clear();
      browser.find("#issuer\\:address").sendKeys(address);
      browser.submit("#issuer\\:save");
      assertTrue(
          browser.messageNextTo("issuer\\:numberTemplate").contains("{seq}"), browser.text());
      assertEquals(
          "400.13.1/PPPA/{year}", browser.find("#issuer\\:numberTemplate").getAttribute("value"));
      assertEquals(address, browser.find("#issuer\\:address").getAttribute("value"));
      assertEquals(original, issuer(admin, "DPPPA").getString("numberTemplate"), "not saved");

      // The example follows the template as it is typed.
      template = browser.find("#issuer\\:numberTemplate");
      template.clear();
      template.sendKeys(original);
      browser.waitUntil(() -> !browser.find("#issuer\\:example").getText().contains("{"));
      assertTrue(browser.find("#issuer\\:example").getText().contains("2021"));
      browser.screenshot("07-penerbit");
      browser.submit("#issuer\\:save");
      assertTrue(browser.text().contains("Perubahan disimpan."), browser.text());
      assertEquals(address, issuer(admin, "DPPPA").getString("address"));

      // A signatory with a malformed NIP is refused next to the NIP; a valid one is added.
      String name = "Dra. Uji Penanda " + Accounts.uniqueName("s");
      browser.find("#signatory\\:fullName").sendKeys(name);
      browser.find("#signatory\\:position").sendKeys("Kepala Bidang Uji");
      browser.find("#signatory\\:nip").sendKeys("12345");
      browser.submit("#signatory\\:add");
      assertTrue(browser.messageNextTo("signatory\\:nip").contains("NIP"), browser.text());
      assertEquals(name, browser.find("#signatory\\:fullName").getAttribute("value"));
      browser.find("#signatory\\:nip").clear();
      browser.find("#signatory\\:nip").sendKeys("197005121995032001");
      browser.submit("#signatory\\:add");
      assertTrue(browser.find("#assignments\\:signatories").getText().contains(name));
      assertTrue(
          Http.json(admin.get("/api/issuers/DPPPA/signatories")).toString().contains(name),
          "stored");

      // A logo that is not an image is refused next to the upload.
      Path fake = Files.createTempFile("logo", ".png");
      Files.writeString(fake, "bukan gambar ".repeat(100));
      browser.find("#logoForm\\:logo").sendKeys(fake.toAbsolutePath().toString());
      browser.submit("#logoForm\\:upload");
      assertTrue(
          browser.find(".field:has(#logoForm\\:logo) .ui-message-error").isDisplayed(),
          browser.text());
    }
  }

  @Test
  void anAdminCreatesFindsEditsResetsAndDeactivatesAnAccount() throws Exception {
    Http admin = Accounts.admin();
    String username = Accounts.uniqueName("halaman");
    String fullName = "Rina Operator " + username;
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.username("ADMIN", "18"));
      browser.click("#nav-accounts");

      // Mistakes are refused next to their field, in Bahasa Indonesia; what was typed stays.
      browser.find("#account\\:username").sendKeys("X!");
      browser.find("#account\\:fullName").sendKeys(fullName);
      browser.find("#account\\:scope").sendKeys("18.07");
      browser.find("#account\\:temporaryPassword").sendKeys("Sementara-Pw-1");
      browser.submit("#account\\:create");
      String refusal = browser.messageNextTo("account\\:username");
      assertTrue(refusal.contains("Nama pengguna 3 sampai 50 karakter"), refusal);
      assertEquals(fullName, browser.find("#account\\:fullName").getAttribute("value"));
      assertEquals("18.07", browser.find("#account\\:scope").getAttribute("value"));

      browser.find("#account\\:username").clear();
      browser.find("#account\\:username").sendKeys(username);
      browser.find("#account\\:nip").sendKeys("12345");
      browser.find("#account\\:temporaryPassword").sendKeys("Sementara-Pw-1");
      browser.submit("#account\\:create");
      refusal = browser.messageNextTo("account\\:nip");
      assertTrue(refusal.contains("NIP tidak valid"), refusal);
      assertEquals(username, browser.find("#account\\:username").getAttribute("value"));
      assertEquals(
          0,
          Http.object(admin.get("/api/accounts?q=" + username), 200).getInt("totalElements"),
          "nothing stored");

      browser.find("#account\\:nip").clear();
      browser.select("account:role", "REGENCY_OPERATOR");
      browser.find("#account\\:temporaryPassword").sendKeys("Sementara-Pw-1");
      browser.submit("#account\\:create");
      assertTrue(browser.text().contains("Pengguna dibuat"), browser.text());

      // The list finds the account by part of its name.
      browser.find("#list\\:query").sendKeys(username.toUpperCase());
      browser.find("#list\\:search").click();
      browser.waitUntil(() -> browser.count("#list\\:accounts_data tr") == 1);
      assertTrue(browser.find("#list\\:accounts_data").getText().contains(fullName));
      browser.screenshot("08-pengguna");
      browser.click("#list\\:accounts_data tr a");
      assertTrue(browser.text().contains(username), browser.text());

      // A too short temporary password is refused; a good one is set.
      browser.find("#edit\\:newTemporaryPassword").sendKeys("pendek");
      browser.find("#edit\\:reset").click();
      browser.await(".ui-confirmdialog-yes").click(); // AJAX: the form is updated in place
      refusal = browser.messageNextTo("edit\\:newTemporaryPassword");
      assertTrue(refusal.contains("10 sampai 128"), refusal);
      browser.find("#edit\\:newTemporaryPassword").sendKeys("Baru-Sementara-2");
      browser.find("#edit\\:reset").click();
      browser.await(".ui-confirmdialog-yes").click();
      browser.waitUntil(() -> browser.text().contains("Kata sandi sementara disetel"));

      // Deactivated: the account can no longer log in.
      browser.find("#edit\\:active .ui-chkbox-box").click();
      browser.submit("#edit\\:save");
      assertTrue(browser.text().contains("Perubahan disimpan."), browser.text());
      JsonObject stored =
          Http.object(admin.get("/api/accounts?q=" + username), 200)
              .getJsonArray("content")
              .getJsonObject(0);
      assertEquals("REGENCY_OPERATOR", stored.getString("role"));
      assertEquals("18.07", stored.getString("scope"));
      assertEquals(false, stored.getBoolean("active"), stored.toString());
      assertEquals(true, stored.getBoolean("mustChangePassword"), "a temporary password is set");
      assertEquals(
          401,
          Http.basic(username, "Baru-Sementara-2").get("/api/me").statusCode(),
          "a deactivated account cannot log in");
    }
  }

  @Test
  void aRegencyAdministratorIsRefusedRolesAndScopesBeyondItsOwnNextToTheField() throws Exception {
    Http admin = Accounts.admin();
    String username = Accounts.uniqueName("lingkup");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.username("ADMIN", "18.07"));
      browser.click("#nav-accounts");

      // A province officer belongs to the province, never to a regency.
      createProvinceOfficerInARegency(browser, username);
      String refusal = browser.messageNextTo("account\\:scope");
      assertTrue(refusal.contains("Petugas Provinsi hanya di provinsi"), refusal);

      // A regency's administrator makes no administrators.
      browser.select("account:role", "ADMIN");
      browser.find("#account\\:temporaryPassword").sendKeys("Sementara-Pw-1");
      browser.submit("#account\\:create");
      refusal = browser.messageNextTo("account\\:role");
      assertTrue(refusal.contains("Hanya administrator provinsi"), refusal);

      // The same refusal in English.
      browser.click("#language\\:en");
      browser.open(Http.BASE + "/admin/pengguna.xhtml");
      createProvinceOfficerInARegency(browser, username);
      refusal = browser.messageNextTo("account\\:scope");
      assertTrue(refusal.contains("a province officer to a province only"), refusal);
      assertEquals(
          0,
          Http.object(admin.get("/api/accounts?q=" + username), 200).getInt("totalElements"),
          "nothing stored");
    }
  }

  @Test
  void aRegencyOperatorIsRefusedTheNationalScopeNextToTheField() throws Exception {
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.username("ADMIN", "18"));
      browser.click("#nav-accounts");
      browser.find("#account\\:username").sendKeys(Accounts.uniqueName("op-id"));
      browser.find("#account\\:fullName").sendKeys("Rudi Hartono");
      browser.select("account:role", "REGENCY_OPERATOR");
      browser.find("#account\\:scope").sendKeys("ID");
      browser.find("#account\\:temporaryPassword").sendKeys("Sementara-Pw-1");
      browser.submit("#account\\:create");
      String refusal = browser.messageNextTo("account\\:scope");
      assertTrue(refusal.contains("Lingkup nasional"), refusal);
    }
  }

  @Test
  void theRecapIsPreviewedOnTheReportsPage() throws Exception {
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.username("PROVINCE_OFFICER", "18"));
      browser.click("#nav-reports");
      browser.find("#preview").click();
      browser.await("#preview-frame");
      String src = browser.find("#preview-frame").getAttribute("src");
      assertTrue(src.contains("/unduh/laporan/rekapitulasi?region=18"), src);
    }
  }

  /**
   * The audit trail's "Unduh CSV": the browser downloads exactly the entries the page shows with
   * its filters, as many as the API counts for the same filters.
   */
  @Test
  void theAuditTrailDownloadsTheEntriesItShowsFiltered() throws Exception {
    String username = Accounts.username("PROVINCE_OFFICER", "18");
    Http api = Http.basic(username, Accounts.PASSWORD);
    long kkb =
        Fixtures.registerKampungKb(api, ReferenceData.freeVillage(api), "Kampung KB Jejak Audit");
    String filtered = "/api/audit?entityType=KampungKb&entityId=" + kkb;
    long total = Http.total(api.get(filtered + "&size=1"));
    assertTrue(total > 0, "the registration is in the audit trail");
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.open(Http.BASE + "/admin/audit.xhtml");
      browser.waitUntil(() -> browser.has("#audit\\:entityType"));
      browser.find("#audit\\:entityType").sendKeys("KampungKb");
      browser.find("#audit\\:entityId").sendKeys(String.valueOf(kkb));
      Path file = new BrowserDownloads(browser).click("#audit\\:export-csv");
      String name = file.getFileName().toString();
      assertTrue(name.startsWith("kampung-kb-audit_KampungKb_" + kkb + "_"), name);
      assertTrue(name.endsWith(".csv"), name);
      String csv = Files.readString(file);
      assertEquals(total, ExportIT.csvRecords(csv) - 2, csv);
      assertTrue(csv.contains("entityType=KampungKb, entityId=" + kkb), csv);
    }
  }

  /** Submits the account form for a province officer scoped to a regency, which is refused. */
  private static void createProvinceOfficerInARegency(Chromium browser, String username) {
    browser.find("#account\\:username").sendKeys(username);
    browser.find("#account\\:fullName").sendKeys("Rudi Hartono");
    browser.select("account:role", "PROVINCE_OFFICER");
    browser.find("#account\\:scope").sendKeys("18.07");
    browser.find("#account\\:temporaryPassword").sendKeys("Sementara-Pw-1");
    browser.submit("#account\\:create");
  }

  private static JsonObject issuer(Http admin, String code) {
    return Http.json(admin.get("/api/issuers")).asJsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
