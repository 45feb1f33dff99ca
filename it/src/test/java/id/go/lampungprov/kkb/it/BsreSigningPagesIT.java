package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance test of issue #21 in the browser: two documents issued for BSrE are in their
 * signatory's "Antrean tanda tangan"; a wrong passphrase and a gateway that is down leave them
 * awaiting with a clear message in Bahasa Indonesia; then both are signed at once with one
 * passphrase through {@link StandInBsreGateway} (test code; never the real gateway), verified and
 * archived.
 */
@ExtendWith(ArquillianExtension.class)
class BsreSigningPagesIT {

  private static BsreSigning bsre;

  @BeforeAll
  static void standInAndSignatory() throws Exception {
    bsre = BsreSigning.start();
  }

  @AfterAll
  static void stopStandIn() {
    bsre.close();
  }

  @Test
  void inTheBrowserTheSignatorySignsTwoDocumentsOfTheQueueWithOnePassphrase() throws Exception {
    JsonObject first = issueOnThePage();
    JsonObject second = bsre.issueForBsre();
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, bsre.signatory);
      browser.click("#nav-signing");
      assertTrue(browser.text().contains("Antrean tanda tangan"), browser.text());
      assertTrue(browser.text().contains(first.getString("number")), browser.text());

      pick(browser, first, second);
      browser.find("#queue\\:passphrase").sendKeys("bukan-passphrase");
      browser.submit("#queue\\:sign");
      assertTrue(browser.text().contains("Passphrase salah"), browser.text());
      bsre.assertUntouched(first);
      bsre.assertUntouched(second);

      bsre.gateway.mode(StandInBsreGateway.Mode.DOWN);
      try {
        pick(browser, first, second);
        browser.find("#queue\\:passphrase").sendKeys(BsreSigning.PASSPHRASE);
        browser.submit("#queue\\:sign");
      } finally {
        bsre.gateway.mode(StandInBsreGateway.Mode.UP);
      }
      assertTrue(
          browser.text().contains("Layanan tanda tangan BSrE tidak dapat dihubungi"),
          browser.text());
      assertTrue(browser.text().contains(second.getString("number")), "still in the queue");
      assertFalse(
          browser.text().contains("REKAPITULASI_PROVINSI"),
          "the type by its name: " + browser.text());
      browser.screenshot("51-antrean-tanda-tangan");
      bsre.assertUntouched(first);
      bsre.assertUntouched(second);

      pick(browser, first, second);
      browser.find("#queue\\:passphrase").sendKeys(BsreSigning.PASSPHRASE);
      browser.submit("#queue\\:sign");
      String text = browser.text();
      assertTrue(text.contains("2 dokumen ditandatangani dan diarsipkan."), text);
      assertTrue(text.contains("Ditandatangani dan diarsipkan"), text);

      // What a reader of the printed recap sees on scanning its QR code.
      browser.open(Http.BASE + "/verify/" + first.getString("id"));
      String verified = browser.text();
      assertTrue(verified.contains(first.getString("number")), verified);
      assertTrue(verified.contains("melalui layanan BSrE"), verified);
      assertFalse(verified.contains("REKAPITULASI_PROVINSI"), "the type by its name: " + verified);
      browser.screenshot("52-verifikasi-bsre");
    }
    bsre.assertSignedThroughBsre(first);
    bsre.assertSignedThroughBsre(second);
  }

  /**
   * A province officer issues the Rekapitulasi 2020 of the BKKBN issuer on the page Laporan, for
   * BSrE: numbered at once, it awaits the signatory's signature (the page says whose).
   */
  private static JsonObject issueOnThePage() {
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, Accounts.username("PROVINCE_OFFICER", "18"));
      browser.open(Http.BASE + "/laporan.xhtml");
      browser.select("recap:year", "2020");
      // select() sets the value behind the widget; the widget's own label follows only by its API
      // (silently: the AJAX update above has run), so the screenshot shows the year chosen.
      browser.script("PrimeFaces.getWidgetById('recap:year').selectValue('2020');");
      // A choice the page never offered (a forged form) is refused beside its field in Bahasa
      // Indonesia, and nothing is issued.
      browser.script(
          "var s = document.getElementById('issue:signing_input');"
              + " s.add(new Option('palsu', 'forged')); s.value = 'forged';");
      browser.find("#issue\\:submit").click();
      String refusal = browser.messageNextTo("issue\\:signing");
      assertTrue(refusal.contains("pilihan tidak sah"), refusal);
      assertFalse(browser.has("#issued-number"), "nothing issued");
      browser.select("issue:issuer", "BKKBN");
      browser.select("issue:signing", "bsre");
      browser.find("#issue\\:submit").click();
      browser.waitUntil(() -> browser.has("#issued-number"));
      String number = browser.find("#issued-number").getText();
      String text = browser.text();
      assertTrue(text.contains("menunggu tanda tangan Dr. Penanda Tangan BSrE"), text);
      assertTrue(text.contains("Antrean tanda tangan"), text);
      browser.screenshot("50-terbitkan-bsre");
      JsonObject issued =
          Http.json(bsre.officer.get("/api/documents?type=REKAPITULASI_PROVINSI&size=200"))
              .asJsonObject()
              .getJsonArray("content")
              .stream()
              .map(v -> v.asJsonObject())
              .filter(d -> d.getString("number").equals(number))
              .findFirst()
              .orElseThrow(() -> new AssertionError("not listed: " + number));
      assertEquals("AWAITING_BSRE", issued.getString("signatureKind"), issued.toString());
      // The recap of the year chosen above, not of the page's default year.
      assertTrue(issued.getString("subject").endsWith("tahun 2020"), issued.toString());
      return issued;
    }
  }

  /**
   * Ticks the documents' boxes in the queue (found by the number they are labelled with); a box
   * still ticked from the batch before, as the page keeps the choice after a failure, stays so.
   */
  private static void pick(Chromium browser, JsonObject... documents) {
    for (JsonObject d : documents) {
      var box =
          browser.find("#queue input[type=checkbox][aria-label='" + d.getString("number") + "']");
      if (!box.isSelected()) {
        box.click();
      }
    }
  }
}
