package id.go.lampungprov.kkb.it;

import static id.go.lampungprov.kkb.it.StaffPagesIT.login;
import static id.go.lampungprov.kkb.it.StaffPagesIT.staff;
import static id.go.lampungprov.kkb.it.StaffPagesIT.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrators' pages in a real browser: issuers, numbering templates, signatories. */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.realEar();
  }

  @Test
  void anAdminKeepsTheLetterheadNumberingAndSignatoriesOfAnIssuer() throws Exception {
    Http admin = Accounts.admin();
    String address = "Jl. Uji Halaman No. " + Accounts.uniqueName("a");
    try (Chromium browser = Chromium.desktop()) {
      login(browser, staff("ADMIN", "18"));
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
          browser
              .find(".field:has(#issuer\\:numberTemplate) .ui-message-error")
              .getText()
              .contains("{seq}"),
          browser.text());
      assertEquals(
          "400.13.1/PPPA/{year}", browser.find("#issuer\\:numberTemplate").getAttribute("value"));
      assertEquals(address, browser.find("#issuer\\:address").getAttribute("value"));
      assertEquals(original, issuer(admin, "DPPPA").getString("numberTemplate"), "not saved");

      // The example follows the template as it is typed.
      template = browser.find("#issuer\\:numberTemplate");
      template.clear();
      template.sendKeys(original);
      waitUntil(() -> !browser.find("#issuer\\:example").getText().contains("{"));
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
      assertTrue(
          browser.find(".field:has(#signatory\\:nip) .ui-message-error").getText().contains("NIP"),
          browser.text());
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
  void theRecapIsPreviewedOnTheReportsPage() throws Exception {
    try (Chromium browser = Chromium.desktop()) {
      login(browser, staff("PROVINCE_OFFICER", "18"));
      browser.click("#nav-reports");
      browser.find("#preview").click();
      browser.await("#preview-frame");
      String src = browser.find("#preview-frame").getAttribute("src");
      assertTrue(src.contains("/unduh/laporan/rekapitulasi?region=18"), src);
    }
  }

  private static JsonObject issuer(Http admin, String code) {
    return Http.json(admin.get("/api/issuers")).asJsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
