package id.go.lampungprov.kkb.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.go.lampungprov.kkb.reports.signing.PdfSigner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Calendar;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A STAND-IN for the province's BSrE e-sign gateway, in test code only: it answers the calls of the
 * BSrE e-sign API as its integrators publish them ({@code POST /api/v2/user/check/status}, {@code
 * POST /api/v2/sign/pdf}) on 127.0.0.1:3026, where {@code it/pom.xml} points the demo-data server
 * (KKB_BSRE_URL). It signs with PDFBox under the test CA the server trusts
 * (KKB_TRUSTED_CERTIFICATES), as BSrE signs under its own root. It has never been compared with the
 * real gateway; it is what the application was written against.
 */
final class StandInBsreGateway implements AutoCloseable {

  static final int PORT = 3026;
  static final String CLIENT_USER = "kampung-kb-uji";
  static final String CLIENT_PASSWORD = "rahasia-aplikasi-uji";

  /** How the stand-in answers the next calls. */
  enum Mode {
    /** Signs for registered signers with their passphrase. */
    UP,
    /** Answers 503 to everything, as a gateway behind a proxy that lost it. */
    DOWN
  }

  private record Registered(String passphrase, PdfSigner signer) {}

  private final HttpServer server;
  private final Map<String, Registered> signers = new ConcurrentHashMap<>();
  private final AtomicInteger signCalls = new AtomicInteger();
  private volatile Mode mode = Mode.UP;

  StandInBsreGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
    server.createContext("/api/v2/user/check/status", this::status);
    server.createContext("/api/v2/sign/pdf", this::sign);
    server.start();
  }

  /** A signer BSrE knows by e-mail, with a certificate issued under the test CA. */
  void register(String email, String passphrase, String commonName) throws Exception {
    signers.put(email, new Registered(passphrase, TestSigners.underTestCa(commonName)));
  }

  void mode(Mode mode) {
    this.mode = mode;
  }

  /** How many sign requests reached the stand-in. */
  int signCalls() {
    return signCalls.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void status(HttpExchange exchange) throws IOException {
    if (refusedUpFront(exchange)) {
      return;
    }
    JsonObject request = body(exchange);
    boolean known = signers.containsKey(request.getString("email", ""));
    answer(exchange, 200, "{\"status\":\"" + (known ? "ISSUE" : "NOT_REGISTERED") + "\"}");
  }

  private void sign(HttpExchange exchange) throws IOException {
    if (refusedUpFront(exchange)) {
      return;
    }
    signCalls.incrementAndGet();
    JsonObject request = body(exchange);
    Registered signer = signers.get(request.getString("email", ""));
    if (signer == null) {
      answer(exchange, 400, "{\"error\":\"User tidak terdaftar\",\"status_code\":1111}");
      return;
    }
    if (!signer.passphrase().equals(request.getString("passphrase", ""))) {
      answer(exchange, 400, "{\"error\":\"Passphrase anda salah\",\"status_code\":2031}");
      return;
    }
    byte[] pdf = Base64.getDecoder().decode(request.getJsonArray("file").getString(0));
    JsonObject look = request.getJsonArray("signatureProperties").getJsonObject(0);
    byte[] signed =
        signer
            .signer()
            .sign(
                pdf,
                "BSrE (stand-in)",
                look.getString("reason", ""),
                look.getString("location", ""),
                Calendar.getInstance());
    answer(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("file", Json.createArrayBuilder().add(Base64.getEncoder().encodeToString(signed)))
            .add("time", 1)
            .build()
            .toString());
  }

  /** Down, or the application's Basic credentials wrong: answered before the request is read. */
  private boolean refusedUpFront(HttpExchange exchange) throws IOException {
    if (mode == Mode.DOWN) {
      answer(exchange, 503, "Service Unavailable");
      return true;
    }
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (CLIENT_USER + ":" + CLIENT_PASSWORD).getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      answer(exchange, 401, "{\"error\":\"Unauthorized\"}");
      return true;
    }
    return false;
  }

  private static JsonObject body(HttpExchange exchange) throws IOException {
    return Json.createReader(exchange.getRequestBody()).readObject();
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
