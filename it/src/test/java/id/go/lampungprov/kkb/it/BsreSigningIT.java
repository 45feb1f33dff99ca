package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certified signatures through the province's BSrE gateway (issue #21) over the API, against {@link
 * StandInBsreGateway} (test code; never the real gateway): documents issued with signature=bsre
 * wait in their signatory's queue, are signed there in a batch with one passphrase, checked and
 * archived; a wrong passphrase and a gateway that is down leave them awaiting, numbered once, with
 * a clear message in Bahasa Indonesia. The footer says what signed each document. The same in the
 * browser: {@link BsreSigningPagesIT}.
 */
@ExtendWith(ArquillianExtension.class)
class BsreSigningIT {

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
  void issuedForBsreTheSignatoryBatchSignsOverTheApiAndFailuresLeaveThemAwaiting()
      throws Exception {
    JsonObject first = bsre.issueForBsre();
    JsonObject second = bsre.issueForBsre();
    Http me = bsre.signatory();
    List<String> mine = BsreSigning.queue(me);
    assertTrue(mine.containsAll(List.of(first.getString("id"), second.getString("id"))), "" + mine);
    assertFalse(
        BsreSigning.queue(bsre.officer).contains(first.getString("id")), "not in another's queue");
    String[] both = {first.getString("id"), second.getString("id")};

    JsonObject wrong = BsreSigning.sign(me, "bukan-passphrase", both);
    assertEquals("WRONG_PASSPHRASE", wrong.getString("stoppedBy"), wrong.toString());
    assertEquals(0, wrong.getInt("signed"));
    assertTrue(wrong.getString("message").contains("Passphrase salah"), wrong.toString());
    assertEquals(
        "NOT_ATTEMPTED", wrong.getJsonArray("results").getJsonObject(1).getString("status"));
    assertFalse(wrong.toString().contains("bukan-passphrase"), "the passphrase is never echoed");
    bsre.assertUntouched(first);
    bsre.assertUntouched(second);

    bsre.gateway.mode(StandInBsreGateway.Mode.DOWN);
    JsonObject down;
    try {
      down = BsreSigning.sign(me, BsreSigning.PASSPHRASE, both);
    } finally {
      bsre.gateway.mode(StandInBsreGateway.Mode.UP);
    }
    assertEquals("GATEWAY_DOWN", down.getString("stoppedBy"), down.toString());
    assertTrue(
        down.getString("message").contains("Layanan tanda tangan BSrE tidak dapat dihubungi"),
        down.toString());
    bsre.assertUntouched(first);
    bsre.assertUntouched(second);

    // An account without the signatory's NIP has no queue to sign from.
    Http.assertRefused(
        bsre.officer.post(
            "/api/signing-queue/sign",
            "{\"documentIds\":[\""
                + both[0]
                + "\"],\"passphrase\":\""
                + BsreSigning.PASSPHRASE
                + "\"}"),
        400,
        "documentIds",
        "signatory-nip");
    bsre.assertUntouched(first);

    JsonObject signed = BsreSigning.sign(me, BsreSigning.PASSPHRASE, both);
    assertEquals(2, signed.getInt("signed"), signed.toString());
    assertEquals("2 dokumen ditandatangani dan diarsipkan.", signed.getString("message"));
    for (JsonObject issued : List.of(first, second)) {
      bsre.assertSignedThroughBsre(issued);
    }
    assertFalse(BsreSigning.queue(me).contains(first.getString("id")), "signed: out of the queue");
    JsonObject again = BsreSigning.sign(me, BsreSigning.PASSPHRASE, first.getString("id"));
    assertEquals(
        "not-awaiting-signature",
        again.getJsonArray("results").getJsonObject(0).getString("rule"),
        again.toString());

    Http.assertRefused(
        bsre.officer.post(
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

  /**
   * The gateway down for days: the signatory signs in BSrE's own application and the copy is
   * uploaded by hand, with the same checks, a certificate of a configured authority only (the
   * document is printed as BSrE-signed) and never an administrator's override.
   */
  @Test
  void aDocumentAwaitingBsreMayBeSignedByHandWithATrustedCertificateOnly(@TempDir Path dir)
      throws Exception {
    JsonObject issued = bsre.issueForBsre();
    String id = issued.getString("id");
    byte[] unsigned = Pdfs.get(bsre.officer, "/api/documents/" + id + "/pdf");
    byte[] outsider = TestSigners.sign(TestSigners.selfSigned(dir), unsigned);
    JsonObject refused =
        Http.problem(Pdfs.uploadSigned(Accounts.admin(), id, outsider, "?override=true"), 400);
    assertEquals(
        "bsre-trusted-only",
        refused.getJsonArray("errors").getJsonObject(0).getString("rule"),
        refused.toString());
    bsre.assertUntouched(issued);

    byte[] signed =
        TestSigners.sign(TestSigners.underTestCa("Dr. Penanda Tangan BSrE manual"), unsigned);
    JsonObject accepted = Http.object(Pdfs.uploadSigned(bsre.officer, id, signed, ""), 200);
    assertEquals("BSRE", accepted.getString("signatureKind"), accepted.toString());
    assertEquals(issued.getString("number"), accepted.getString("number"), "numbered once");
    assertFalse(BsreSigning.queue(bsre.signatory()).contains(id), "no longer awaiting");
    Http.problem(Pdfs.uploadSigned(bsre.officer, id, signed, ""), 409);
  }

  @Test
  void theFooterSaysWhatSignedTheDocumentForEachKindOfSignature() {
    String installation =
        Pdfs.text(
                bsre.officer,
                "/api/documents/"
                    + Http.object(
                            bsre.officer.post(
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
                bsre.officer,
                "/api/documents/"
                    + Http.object(
                            bsre.officer.post(
                                "/api/reports/rekapitulasi?region=18&year=2020&issuer=BKKBN"
                                    + "&signature=external",
                                "{}"),
                            201)
                        .getString("id")
                    + "/pdf")
            .replaceAll("\\s+", " ");
    assertTrue(external.contains("ditandatangani secara elektronik di luar aplikasi"), external);
    assertFalse(external.contains("BSSN"), external);

    String signedThroughBsre =
        Pdfs.text(bsre.officer, "/api/documents/" + bsre.issueForBsre().getString("id") + "/pdf")
            .replaceAll("\\s+", " ");
    assertTrue(signedThroughBsre.contains(BsreSigning.BSRE_FOOTER), signedThroughBsre);
  }
}
