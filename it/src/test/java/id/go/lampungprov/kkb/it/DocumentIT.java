package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issued documents: numbered, signed, registered, verifiable by anyone holding them. */
@ExtendWith(ArquillianExtension.class)
class DocumentIT {

  @Test
  void anIssuedDaftarHadirIsSignedRegisteredAndVerifiable() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event = ReferenceData.referenceEvent(operator);
    HttpResponse<String> created =
        operator.post("/api/events/" + event + "/documents/daftar-hadir?marked=true", "{}");
    JsonObject issued = Http.object(created, 201);
    String id = issued.getString("id");
    String number = issued.getString("number");
    assertTrue(number.endsWith("/" + java.time.Year.now().getValue()), number);
    assertEquals("DAFTAR_HADIR", issued.getString("type"));

    byte[] pdf = operator.getBytes("/api/documents/" + id + "/pdf").body();
    String text = Pdfs.text(operator, "/api/documents/" + id + "/pdf");
    assertTrue(text.replaceAll("\\s", "").contains(number), "the number is printed");
    assertTrue(text.replaceAll("\\s", "").contains("/verify/" + id), "the address is printed");
    assertFalse(java.util.regex.Pattern.compile("\\b\\d{16}\\b").matcher(text).find(), "no NIK");

    JsonObject good = Pdfs.verify(pdf);
    assertTrue(
        good.getBoolean("intact") && good.getBoolean("coversWholeDocument"), good.toString());
    assertTrue(good.getBoolean("registered"), good.toString());
    assertTrue(good.getBoolean("signedByThisInstallation"), good.toString());
    assertTrue(good.getString("signerSubject").contains("DEVELOPMENT"), "labelled as development");
    assertTrue(good.getBoolean("trusted"), good.toString());
    assertEquals("INSTALLATION", good.getString("trust"), good.toString());
    byte[] changed = pdf.clone();
    changed[pdf.length / 3] ^= 0x01;
    JsonObject bad = Pdfs.verify(changed);
    assertFalse(bad.getBoolean("intact") && bad.getBoolean("registered"), bad.toString());
    assertFalse(bad.getBoolean("registered"));

    HttpResponse<String> page = Http.anonymous().get("/verify/" + id);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(number) && page.body().contains("Kepala Dinas"), page.body());
    assertTrue(page.body().contains("Tepercaya untuk dokumen yang diterbitkan"), page.body());
    assertTrue(page.body().contains("Trusted for documents this application issued"), page.body());
    assertEquals(
        404, Http.anonymous().get("/verify/00000000-0000-0000-0000-000000000000").statusCode());
    Http.problem(Accounts.user("VIEWER", "18.01").get("/api/documents/" + id), 404);
  }

  @Test
  void theSignedLaporanKegiatanOfTheReferenceEventVerifies() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event = ReferenceData.referenceEvent(operator);
    String draft = Pdfs.text(operator, "/api/events/" + event + "/documents/laporan-kegiatan");
    Pdfs.assertShows(
        draft,
        "LAPORAN KEGIATAN",
        "I. PENDAHULUAN",
        "D. Dasar",
        "II. KEGIATAN YANG DILAKSANAKAN",
        "Jumat, 5 Juni 2020",
        "B. Susunan Acara",
        "III. HASIL YANG DICAPAI",
        "D. Rencana Tindak Lanjut",
        "Theresia Sormin",
        "DAFTAR HADIR");
    JsonObject issued =
        Http.object(
            operator.post("/api/events/" + event + "/documents/laporan-kegiatan", "{}"), 201);
    byte[] pdf = operator.getBytes("/api/documents/" + issued.getString("id") + "/pdf").body();
    JsonObject check = Pdfs.verify(pdf);
    assertTrue(check.getBoolean("intact") && check.getBoolean("registered"), check.toString());
    assertEquals("LAPORAN_KEGIATAN", check.getJsonObject("document").getString("type"));
    byte[] changed = pdf.clone();
    changed[pdf.length / 2] ^= 0x01;
    assertFalse(Pdfs.verify(changed).getBoolean("intact"));
    assertFalse(java.util.regex.Pattern.compile("\\b\\d{16}\\b").matcher(draft).find(), "no NIK");
  }

  /**
   * Poppler's pdfsig, a reader that is not ours, finds the signature of an issued Daftar Hadir and
   * Laporan Kegiatan valid and that of a copy with one byte changed invalid.
   */
  @Test
  void popplerFindsTheSignatureOfIssuedDocumentsValidAndOfChangedCopiesInvalid() throws Exception {
    Poppler.assumeInstalled("pdfsig");
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event = ReferenceData.referenceEvent(operator);
    for (String document : List.of("daftar-hadir?marked=true", "laporan-kegiatan")) {
      JsonObject issued =
          Http.object(operator.post("/api/events/" + event + "/documents/" + document, "{}"), 201);
      byte[] pdf = operator.getBytes("/api/documents/" + issued.getString("id") + "/pdf").body();
      String valid = Poppler.run("pdfsig", pdf);
      assertTrue(valid.contains("Signature is Valid"), document + ": " + valid);
      byte[] changed = pdf.clone();
      changed[pdf.length / 3] ^= 0x01;
      String tampered = Poppler.run("pdfsig", changed);
      assertFalse(tampered.contains("Signature is Valid"), document + ": " + tampered);
    }
  }

  @Test
  void twoHundredConcurrentDocumentsOfOneIssuerGetConsecutiveNumbers() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event = ReferenceData.referenceEvent(operator);
    int documents = 200;
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < documents; i++) {
      calls.add(
          pool.submit(
              () -> operator.post("/api/events/" + event + "/documents/daftar-hadir", "{}")));
    }
    List<Long> numbers = new ArrayList<>();
    for (Future<HttpResponse<String>> call : calls) {
      String number = Http.object(call.get(), 201).getString("number");
      numbers.add(Long.parseLong(number.split("/")[1]));
    }
    pool.shutdown();
    List<Long> sorted = numbers.stream().sorted().toList();
    assertEquals(documents, sorted.stream().distinct().count(), "no duplicate: " + sorted);
    assertEquals(sorted.get(0) + documents - 1, sorted.get(documents - 1), "no gap: " + sorted);
  }

  /**
   * A PDF signed (as an external, BSrE-like signer would) with a certificate no configured
   * authority issued is not trusted anywhere: the verification answer, the upload of the signed
   * copy (refused unless an administrator overrides, audited) and the public page.
   */
  @Test
  void aSignatureOutsideTheConfiguredAuthoritiesIsNotTrustedAnywhere(@TempDir Path dir)
      throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event = ReferenceData.referenceEvent(operator);
    JsonObject awaiting = Pdfs.issueForExternalSignature(operator, event, "daftar-hadir");
    String id = awaiting.getString("id");
    byte[] unsigned = operator.getBytes("/api/documents/" + id + "/pdf").body();
    byte[] signed = TestSigners.sign(TestSigners.selfSigned(dir), unsigned);

    JsonObject answer = Pdfs.verify(signed);
    assertTrue(answer.getBoolean("intact") && answer.getBoolean("coversWholeDocument"));
    assertFalse(answer.getBoolean("trusted"), answer.toString());
    assertEquals("UNKNOWN_AUTHORITY", answer.getString("trust"), answer.toString());
    assertTrue(
        answer.getString("trustReason").contains("not issued by a configured authority"),
        answer.toString());

    JsonObject refused = Http.problem(Pdfs.uploadSigned(operator, id, signed, ""), 400);
    assertEquals(
        "trusted-certificate",
        refused.getJsonArray("errors").getJsonObject(0).getString("rule"),
        refused.toString());
    Http.problem(Pdfs.uploadSigned(operator, id, signed, "?override=true"), 403);
    Http.problem(Pdfs.uploadSigned(Accounts.admin(), id, signed, "?override=maybe"), 400);

    JsonObject overridden =
        Http.object(Pdfs.uploadSigned(Accounts.admin(), id, signed, "?override=true"), 200);
    assertEquals("EXTERNAL_OVERRIDE", overridden.getString("signatureKind"));
    JsonObject after = Pdfs.verify(signed);
    assertFalse(after.getBoolean("trusted"), after.toString());
    assertTrue(after.getBoolean("registered") && after.getBoolean("administratorOverride"));
    assertEquals("EXTERNAL_OVERRIDE", after.getJsonObject("document").getString("signatureKind"));
    assertTrue(after.getString("trustReason").contains("override"), after.toString());

    String audit =
        Accounts.admin()
            .get("/api/audit?entityType=IssuedDocument&action=TRANSITION&size=50")
            .body();
    assertTrue(
        audit.contains("accepted by administrator override")
            && audit.contains("not issued by a configured authority"),
        audit);

    String page = Http.anonymous().get("/verify/" + id).body();
    assertTrue(page.contains("Tidak tepercaya: sertifikat"), page);
    assertTrue(page.contains("Not trusted: the certificate"), page);
    assertTrue(page.contains("keputusan administrator"), page);
    assertTrue(page.contains("administrator's override"), page);
  }

  /**
   * The verification without an account is limited per client address: another loopback address
   * (127.0.0.77) spends its budget and gets 429 with Retry-After, while this one still verifies.
   */
  @Test
  void verificationIsLimitedPerClientAddress() throws Exception {
    URI base = URI.create(Http.BASE);
    String status = "";
    String response = "";
    for (int i = 0; i < 200 && !status.equals("429"); i++) {
      try (Socket socket =
          new Socket(
              InetAddress.getByName("127.0.0.1"),
              base.getPort(),
              InetAddress.getByName("127.0.0.77"),
              0)) {
        byte[] body = "not a pdf".getBytes(StandardCharsets.US_ASCII);
        String head =
            "POST /api/documents/verify HTTP/1.1\r\nHost: localhost"
                + "\r\nContent-Type: application/pdf\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        status = response.length() > 12 ? response.substring(9, 12) : response;
      }
    }
    assertEquals("429", status, response);
    assertTrue(response.toLowerCase().contains("retry-after:"), response);
    assertTrue(response.contains("application/problem+json"), response);
    assertFalse(response.contains("Exception"), response);
    byte[] pdf = new byte[] {'%', 'P', 'D', 'F'};
    HttpResponse<String> mine =
        Http.anonymous()
            .send(
                HttpRequest.newBuilder(URI.create(Http.BASE + "/api/documents/verify"))
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    assertTrue(mine.statusCode() != 429, "another address is not limited: " + mine.body());
  }
}
