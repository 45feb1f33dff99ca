package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the BSrE signing tests share: the {@link StandInBsreGateway} (test code; never the real
 * gateway), an official who signs the BKKBN issuer's Rekapitulasi Provinsi (which no other test
 * issues) with an account of the same NIP and an e-mail address the stand-in knows, and the calls
 * and checks of the signing queue.
 */
final class BsreSigning implements AutoCloseable {

  static final String PASSPHRASE = "Passphrase-Uji-2026";
  static final String BSRE_FOOTER =
      "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang"
          + " diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara"
          + " (BSSN).";

  final StandInBsreGateway gateway;
  final String signatory;
  final Http officer;

  private BsreSigning(StandInBsreGateway gateway, String signatory, Http officer) {
    this.gateway = gateway;
    this.signatory = signatory;
    this.officer = officer;
  }

  /**
   * An official with a NIP signs the Rekapitulasi Provinsi of the BKKBN issuer (which no other test
   * issues), and has an account with that NIP and an e-mail address BSrE knows.
   */
  static BsreSigning start() throws Exception {
    StandInBsreGateway gateway = new StandInBsreGateway();
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
    return new BsreSigning(gateway, run, Accounts.user("PROVINCE_OFFICER", "18"));
  }

  /** The signatory's API client. */
  Http signatory() {
    return Http.basic(signatory, Accounts.PASSWORD);
  }

  @Override
  public void close() {
    gateway.close();
  }

  JsonObject issueForBsre() {
    JsonObject issued =
        Http.object(
            officer.post(
                "/api/reports/rekapitulasi?region=18&year=2020&issuer=BKKBN&signature=bsre", "{}"),
            201);
    assertEquals("AWAITING_BSRE", issued.getString("signatureKind"), issued.toString());
    return issued;
  }

  static JsonObject sign(Http as, String passphrase, String... ids) {
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

  static List<String> queue(Http as) {
    JsonArray listed = Http.json(as.get("/api/signing-queue")).asJsonArray();
    return listed.stream().map(v -> v.asJsonObject().getString("id")).toList();
  }

  /** Still awaiting, with the number and file it was issued with: untouched. */
  void assertUntouched(JsonObject issued) {
    JsonObject now = Http.object(officer.get("/api/documents/" + issued.getString("id")), 200);
    assertEquals("AWAITING_BSRE", now.getString("signatureKind"), now.toString());
    assertEquals(issued.getString("number"), now.getString("number"));
    assertEquals(issued.getString("sha256"), now.getString("sha256"));
  }

  /** Kind BSRE, same number, archived signed copy verified: trusted chain, registered, footer. */
  void assertSignedThroughBsre(JsonObject issued) {
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
}
