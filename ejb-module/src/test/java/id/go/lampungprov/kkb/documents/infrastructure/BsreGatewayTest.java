package id.go.lampungprov.kkb.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.go.lampungprov.kkb.documents.domain.BsreException;
import id.go.lampungprov.kkb.documents.domain.BsreException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BSrE client against a small HTTP server in the test: what it sends (Basic credentials, the v2
 * JSON), how it reads a signed file, and how each failure becomes one reason, never carrying the
 * passphrase.
 */
class BsreGatewayTest {

  private static final byte[] PDF = "%PDF-1.7 unsigned".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SIGNED = "%PDF-1.7 signed".getBytes(StandardCharsets.US_ASCII);
  private static final String PASSPHRASE = "Rahasia-Sekali-123";
  private static final BsreGateway.Signer SIGNER = BsreGateway.Signer.byEmail("kadis@uji.go.id");
  private static final BsreGateway.Appearance LOOK =
      BsreGateway.Appearance.invisible("Dokumen resmi nomor 1", "Bandar Lampung");

  private HttpServer server;
  private final AtomicReference<Answer> answer = new AtomicReference<>();
  private final AtomicReference<JsonObject> received = new AtomicReference<>();
  private final AtomicReference<String> authorization = new AtomicReference<>();

  private record Answer(int status, String body, long delayMillis) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
    byte[] in = exchange.getRequestBody().readAllBytes();
    if (in.length > 0) {
      received.set(Json.createReader(new ByteArrayInputStream(in)).readObject());
    }
    Answer a = answer.get();
    try {
      Thread.sleep(a.delayMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(a.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException closedByClient) {
      // the client gave up waiting
    }
  }

  private BsreGateway gateway(Duration timeout) {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    return new BsreGateway(
        () -> Optional.of(new BsreGateway.Settings(url, "kkb-app", "app-secret", timeout)));
  }

  private BsreException failing(Answer a) {
    answer.set(a);
    BsreException e =
        assertThrows(
            BsreException.class,
            () -> gateway(Duration.ofSeconds(2)).sign(SIGNER, PASSPHRASE.toCharArray(), PDF, LOOK));
    assertFalse(String.valueOf(e.getMessage()).contains(PASSPHRASE), e.getMessage());
    return e;
  }

  @Test
  void signsThroughApiV2WithBasicCredentialsAndReadsTheSignedFile() {
    answer.set(
        new Answer(
            200,
            "{\"file\":[\"" + Base64.getEncoder().encodeToString(SIGNED) + "\"],\"time\":12}",
            0));
    byte[] signed =
        gateway(Duration.ofSeconds(5)).sign(SIGNER, PASSPHRASE.toCharArray(), PDF, LOOK);
    assertArrayEquals(SIGNED, signed);
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("kkb-app:app-secret".getBytes(StandardCharsets.UTF_8)),
        authorization.get());
    JsonObject sent = received.get();
    assertEquals("kadis@uji.go.id", sent.getString("email"));
    assertFalse(sent.containsKey("nik"));
    assertEquals(PASSPHRASE, sent.getString("passphrase"));
    assertEquals(
        "INVISIBLE",
        sent.getJsonArray("signatureProperties").getJsonObject(0).getString("tampilan"));
    assertArrayEquals(PDF, Base64.getDecoder().decode(sent.getJsonArray("file").getString(0)));
  }

  @Test
  void eachRefusalOfTheGatewayBecomesItsReason() {
    assertEquals(
        Reason.WRONG_PASSPHRASE,
        failing(new Answer(400, "{\"error\":\"Passphrase anda salah\",\"status_code\":2031}", 0))
            .reason());
    assertEquals(
        Reason.SIGNER_NOT_REGISTERED,
        failing(new Answer(404, "{\"error\":\"User tidak terdaftar\"}", 0)).reason());
    assertEquals(
        Reason.CERTIFICATE_EXPIRED,
        failing(new Answer(400, "{\"message\":\"Sertifikat sudah expired\"}", 0)).reason());
    assertEquals(
        Reason.CERTIFICATE_NOT_ACTIVE,
        failing(new Answer(400, "{\"error\":\"Sertifikat telah di-revoke\"}", 0)).reason());
    assertEquals(Reason.GATEWAY_REJECTED_CLIENT, failing(new Answer(401, "{}", 0)).reason());
    assertEquals(
        Reason.WRONG_PASSPHRASE,
        failing(new Answer(400, "{\"error\":\"Passphrase " + PASSPHRASE + " salah\"}", 0)).reason(),
        "an echoed passphrase is blanked out of the message");
    assertEquals(Reason.GATEWAY_DOWN, failing(new Answer(503, "busy", 0)).reason());
    assertEquals(Reason.REFUSED, failing(new Answer(500, "{\"error\":\"PDF rusak\"}", 0)).reason());
    assertEquals(Reason.REFUSED, failing(new Answer(200, "{\"file\":[]}", 0)).reason());
    assertEquals(
        Reason.REFUSED,
        failing(new Answer(200, "{\"file\":[\"" + "bm90IGEgcGRm" + "\"]}", 0)).reason());
  }

  @Test
  void aGatewayThatDoesNotAnswerInTimeIsSlowAndOneThatIsNotThereIsDown() throws IOException {
    answer.set(new Answer(200, "{}", 3_000));
    BsreException slow =
        assertThrows(
            BsreException.class,
            () ->
                gateway(Duration.ofMillis(500)).sign(SIGNER, PASSPHRASE.toCharArray(), PDF, LOOK));
    assertEquals(Reason.GATEWAY_SLOW, slow.reason());

    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    BsreGateway nowhere =
        new BsreGateway(
            () ->
                Optional.of(
                    new BsreGateway.Settings(
                        "http://127.0.0.1:" + closed, "u", "p", Duration.ofSeconds(2))));
    BsreException down =
        assertThrows(
            BsreException.class, () -> nowhere.sign(SIGNER, PASSPHRASE.toCharArray(), PDF, LOOK));
    assertEquals(Reason.GATEWAY_DOWN, down.reason());
    assertTrue(down.reason().stopsBatch());
  }

  @Test
  void theSignersStatusMustBeIssued() {
    answer.set(new Answer(200, "{\"status\":\"ISSUE\",\"message\":\"ok\"}", 0));
    gateway(Duration.ofSeconds(2)).requireReady(SIGNER);
    assertEquals("kadis@uji.go.id", received.get().getString("email"));
    for (String[] c :
        new String[][] {
          {"EXPIRED", "CERTIFICATE_EXPIRED"},
          {"NOT_REGISTERED", "SIGNER_NOT_REGISTERED"},
          {"REVOKE", "CERTIFICATE_NOT_ACTIVE"}
        }) {
      answer.set(new Answer(200, "{\"status\":\"" + c[0] + "\"}", 0));
      BsreException e =
          assertThrows(
              BsreException.class, () -> gateway(Duration.ofSeconds(2)).requireReady(SIGNER));
      assertEquals(c[1], e.reason().name());
    }
  }

  @Test
  void aGatewayWithoutApiV2SignsThroughV1ForASignerKnownByNik() throws Exception {
    AtomicReference<String> form = new AtomicReference<>();
    server.createContext(
        "/api/v2/sign/pdf",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.createContext(
        "/api/sign/pdf",
        exchange -> {
          form.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.getResponseHeaders().set("Content-Type", "application/pdf");
          exchange.sendResponseHeaders(200, SIGNED.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(SIGNED);
          }
        });
    BsreGateway.Signer byNik = new BsreGateway.Signer("1871010101800001", null);
    assertArrayEquals(
        SIGNED, gateway(Duration.ofSeconds(5)).sign(byNik, PASSPHRASE.toCharArray(), PDF, LOOK));
    assertTrue(form.get().contains("name=\"nik\"\r\n\r\n1871010101800001"), form.get());
    assertTrue(form.get().contains("name=\"tampilan\"\r\n\r\ninvisible"), form.get());
    assertTrue(form.get().contains("%PDF-1.7 unsigned"), form.get());
    assertEquals("NIK ****0001", byNik.toString(), "a NIK is never named whole");

    BsreException noV1 =
        assertThrows(
            BsreException.class,
            () -> gateway(Duration.ofSeconds(5)).sign(SIGNER, PASSPHRASE.toCharArray(), PDF, LOOK));
    assertEquals(Reason.REFUSED, noV1.reason(), "v1 knows no signer by e-mail");
  }

  @Test
  void anAnswerLargerThanAnyIssuedPdfIsRefusedUnread() {
    assertTrue(BsreGateway.MAX_ANSWER > 50L * 1024 * 1024);
    assertFalse(Reason.REFUSED.stopsBatch(), "one refused document does not stop the batch");
  }
}
