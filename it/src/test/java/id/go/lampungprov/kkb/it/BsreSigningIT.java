package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certified signatures through the province's BSrE gateway (issue #21), against {@link
 * StandInBsreGateway} (test code; never the real gateway): documents issued with signature=bsre
 * wait in their signatory's queue, are signed there in a batch with one passphrase, checked and
 * archived; a wrong passphrase and a gateway that is down leave them awaiting, numbered once, with
 * a clear message in Bahasa Indonesia. The footer says what signed each document.
 */
@ExtendWith(ArquillianExtension.class)
class BsreSigningIT {

  private static final String PASSPHRASE = "Passphrase-Uji-2026";
  private static final String BSRE_FOOTER =
      "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang"
          + " diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara"
          + " (BSSN).";

  private static StandInBsreGateway gateway;
  private static String signatory;
  private static Http officer;

  /**
   * An official with a NIP signs the Rekapitulasi Provinsi of the BKKBN issuer (which no other test
   * issues), and has an account with that NIP and an e-mail address BSrE knows.
   */
  @BeforeAll
  static void signatoryAndStandIn() throws Exception {
    gateway = new StandInBsreGateway();
    String run = Accounts.uniqueName("bsre");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String nip =
        String.format(
            "19%02d%02d%02d2001%02d1%03d",
            60 + random.nextInt(20),
            1 + random.nextInt(12),
            1 + random.nextInt(28),
            1 + random.nextInt(12),
            1 + random.nextInt(999));
    Http admin = Accounts.admin();
    long signatoryId =
        Http.object(
                admin.post(
                    "/api/issuers/BKKBN/signatories",
                    Json.createObjectBuilder()
                        .add("fullName", "Dr. Penanda Tangan BSrE " + run)
                        .add("position", "Kepala Perwakilan BKKBN Provinsi Lampung")
                        .add("rank", "Pembina Utama Muda (IV/c)")
                        .add("nip", nip)
                        .build()
                        .toString()),
                201)
            .getJsonNumber("id")
            .longValue();
    Http.object(
        admin.put(
            "/api/issuers/BKKBN/report-signatories/REKAPITULASI_PROVINSI",
            "{\"signatoryId\":" + signatoryId + "}"),
        200);
    String email = run + "@bkkbn-uji.invalid";
    signatory = run;
    Http.object(
        admin.post(
            "/api/accounts",
            Json.createObjectBuilder()
                .add("username", run)
                .add("fullName", "Dr. Penanda Tangan BSrE " + run)
                .add("nip", nip)
                .add("email", email)
                .add("role", "PROVINCE_OFFICER")
                .add("scope", "18")
                .add("temporaryPassword", Accounts.TEMPORARY_PASSWORD)
                .build()
                .toString()),
        201);
    Accounts.changePassword(
        Http.basic(run, Accounts.TEMPORARY_PASSWORD),
        Accounts.TEMPORARY_PASSWORD,
        Accounts.PASSWORD);
    gateway.register(email, PASSPHRASE, "Dr. Penanda Tangan BSrE " + run);
    officer = Accounts.user("PROVINCE_OFFICER", "18");
  }

  @AfterAll
  static void stopStandIn() {
    gateway.close();
  }

  private static JsonObject issueForBsre() {
    JsonObject issued =
        Http.object(
            officer.post(
                "/api/reports/rekapitulasi?region=18&year=2020&issuer=BKKBN&signature=bsre", "{}"),
            201);
    assertEquals("AWAITING_BSRE", issued.getString("signatureKind"), issued.toString());
    return issued;
  }

  private static JsonObject sign(Http as, String passphrase, String... ids) {
    var idArray = Json.createArrayBuilder();
    for (String id : ids) {
      idArray.add(id);
    }
    return Http.object(
        as.post(
            "/api/signing-queue/sign",
            Json.createObjectBuilder()
                .add("documentIds", idArray)
                .add("passphrase", passphrase)
                .build()
                .toString()),
        200);
  }

  private static List<String> queue(Http as) {
    JsonArray listed = Http.json(as.get("/api/signing-queue")).asJsonArray();
    return listed.stream().map(v -> v.asJsonObject().getString("id")).toList();
  }

  /** Still awaiting, with the number and file it was issued with: untouched. */
  private static void assertUntouched(JsonObject issued) {
    JsonObject now = Http.object(officer.get("/api/documents/" + issued.getString("id")), 200);
    assertEquals("AWAITING_BSRE", now.getString("signatureKind"), now.toString());
    assertEquals(issued.getString("number"), now.getString("number"));
    assertEquals(issued.getString("sha256"), now.getString("sha256"));
  }

  @Test
  void issuedForBsreTheSignatoryBatchSignsOverTheApiAndFailuresLeaveThemAwaiting()
      throws Exception {
    JsonObject first = issueForBsre();
    JsonObject second = issueForBsre();
    Http me = Http.basic(signatory, Accounts.PASSWORD);
    List<String> mine = queue(me);
    assertTrue(mine.containsAll(List.of(first.getString("id"), second.getString("id"))), "" + mine);
    assertFalse(queue(officer).contains(first.getString("id")), "not in another's queue");
    String[] both = {first.getString("id"), second.getString("id")};

    JsonObject wrong = sign(me, "bukan-passphrase", both);
    assertEquals("WRONG_PASSPHRASE", wrong.getString("stoppedBy"), wrong.toString());
    assertEquals(0, wrong.getInt("signed"));
    assertTrue(wrong.getString("message").contains("Passphrase salah"), wrong.toString());
    assertEquals(
        "NOT_ATTEMPTED", wrong.getJsonArray("results").getJsonObject(1).getString("status"));
    assertFalse(wrong.toString().contains("bukan-passphrase"), "the passphrase is never echoed");
    assertUntouched(first);
    assertUntouched(second);

    gateway.mode(StandInBsreGateway.Mode.DOWN);
    JsonObject down;
    try {
      down = sign(me, PASSPHRASE, both);
    } finally {
      gateway.mode(StandInBsreGateway.Mode.UP);
    }
    assertEquals("GATEWAY_DOWN", down.getString("stoppedBy"), down.toString());
    assertTrue(
        down.getString("message").contains("Layanan tanda tangan BSrE tidak dapat dihubungi"),
        down.toString());
    assertUntouched(first);
    assertUntouched(second);

    // An account without the signatory's NIP has no queue to sign from.
    Http.assertRefused(
        officer.post(
            "/api/signing-queue/sign",
            "{\"documentIds\":[\"" + both[0] + "\"],\"passphrase\":\"" + PASSPHRASE + "\"}"),
        400,
        "documentIds",
        "signatory-nip");
    assertUntouched(first);

    JsonObject signed = sign(me, PASSPHRASE, both);
    assertEquals(2, signed.getInt("signed"), signed.toString());
    assertEquals("2 dokumen ditandatangani dan diarsipkan.", signed.getString("message"));
    for (JsonObject issued : List.of(first, second)) {
      assertSignedThroughBsre(issued);
    }
    assertFalse(queue(me).contains(first.getString("id")), "signed: out of the queue");
    JsonObject again = sign(me, PASSPHRASE, first.getString("id"));
    assertEquals(
        "not-awaiting-signature",
        again.getJsonArray("results").getJsonObject(0).getString("rule"),
        again.toString());

    Http.assertRefused(
        officer.post(
            "/api/reports/rekapitulasi?region=18&year=2020&issuer=BKKBN&signature=courier", "{}"),
        400,
        "signature",
        "signature-kind");
    Http.assertRefused(
        me.post("/api/signing-queue/sign", "{\"documentIds\":[],\"passphrase\":\"x\"}"),
        400,
        "documentIds",
        "required");
  }

  /** Kind BSRE, same number, archived signed copy verified: trusted chain, registered, footer. */
  static void assertSignedThroughBsre(JsonObject issued) {
    String id = issued.getString("id");
    JsonObject now = Http.object(officer.get("/api/documents/" + id), 200);
    assertEquals("BSRE", now.getString("signatureKind"), now.toString());
    assertEquals(issued.getString("number"), now.getString("number"), "numbered once");
    byte[] pdf = Pdfs.get(officer, "/api/documents/" + id + "/pdf");
    JsonObject check = Pdfs.verify(pdf);
    assertTrue(check.getBoolean("intact") && check.getBoolean("registered"), check.toString());
    assertEquals("TRUSTED", check.getString("trust"), check.toString());
    assertFalse(check.getBoolean("signedByThisInstallation"), check.toString());
    assertTrue(check.getString("signerSubject").contains("Penanda Tangan BSrE"), check.toString());
    assertTrue(Pdfs.text(pdf).replaceAll("\\s+", " ").contains(BSRE_FOOTER), "footer");
    String page = Http.anonymous().get("/verify/" + id).body();
    assertTrue(page.contains("melalui layanan BSrE"), page);
    assertTrue(page.contains("Tepercaya"), page);
  }

  @Test
  void theFooterSaysWhatSignedTheDocumentForEachKindOfSignature() {
    String installation =
        Pdfs.text(
                officer,
                "/api/documents/"
                    + Http.object(
                            officer.post(
                                "/api/reports/rekapitulasi?region=18&year=2020&issuer=BKKBN", "{}"),
                            201)
                        .getString("id")
                    + "/pdf")
            .replaceAll("\\s+", " ");
    assertTrue(
        installation.contains(
            "Ditandatangani secara elektronik dengan sertifikat instalasi Sistem Informasi"
                + " Kampung KB Provinsi Lampung"),
        installation);
    assertFalse(installation.contains("Balai Sertifikasi Elektronik"), installation);
    assertFalse(installation.contains("BSSN"), installation);

    String external =
        Pdfs.text(
                officer,
                "/api/documents/"
                    + Http.object(
                            officer.post(
                                "/api/reports/rekapitulasi?region=18&year=2020&issuer=BKKBN"
                                    + "&signature=external",
                                "{}"),
                            201)
                        .getString("id")
                    + "/pdf")
            .replaceAll("\\s+", " ");
    assertTrue(external.contains("ditandatangani secara elektronik di luar aplikasi"), external);
    assertFalse(external.contains("BSSN"), external);

    String bsre =
        Pdfs.text(officer, "/api/documents/" + issueForBsre().getString("id") + "/pdf")
            .replaceAll("\\s+", " ");
    assertTrue(bsre.contains(BSRE_FOOTER), bsre);
  }

  @Test
  void inTheBrowserTheSignatorySignsTwoDocumentsOfTheQueueWithOnePassphrase() throws Exception {
    JsonObject first = issueForBsre();
    JsonObject second = issueForBsre();
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, signatory);
      browser.click("#nav-signing");
      assertTrue(browser.text().contains("Antrean tanda tangan"), browser.text());
      assertTrue(browser.text().contains(first.getString("number")), browser.text());

      pick(browser, first, second);
      browser.find("#queue\\:passphrase").sendKeys("bukan-passphrase");
      browser.submit("#queue\\:sign");
      assertTrue(browser.text().contains("Passphrase salah"), browser.text());
      assertUntouched(first);
      assertUntouched(second);

      gateway.mode(StandInBsreGateway.Mode.DOWN);
      try {
        pick(browser, first, second);
        browser.find("#queue\\:passphrase").sendKeys(PASSPHRASE);
        browser.submit("#queue\\:sign");
      } finally {
        gateway.mode(StandInBsreGateway.Mode.UP);
      }
      assertTrue(
          browser.text().contains("Layanan tanda tangan BSrE tidak dapat dihubungi"),
          browser.text());
      assertTrue(browser.text().contains(second.getString("number")), "still in the queue");
      assertUntouched(first);
      assertUntouched(second);

      pick(browser, first, second);
      browser.find("#queue\\:passphrase").sendKeys(PASSPHRASE);
      browser.submit("#queue\\:sign");
      String text = browser.text();
      assertTrue(text.contains("2 dokumen ditandatangani dan diarsipkan."), text);
      assertTrue(text.contains("Ditandatangani dan diarsipkan"), text);
    }
    assertSignedThroughBsre(first);
    assertSignedThroughBsre(second);
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
