package id.go.lampungprov.kkb.documents.infrastructure;

import id.go.lampungprov.kkb.documents.domain.BsreException;
import id.go.lampungprov.kkb.documents.domain.BsreException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The bodies of the BSrE e-sign API as its integrators publish it (esign-client-service, API v2 and
 * v1), and how its answers read: the signed file, a signer's status, or why it refused. Written
 * from the published descriptions and tried against the test stand-in only, never the real gateway.
 */
final class BsreAnswers {

  private BsreAnswers() {}

  /**
   * The JSON of {@code POST /api/v2/sign/pdf}. The passphrase is in it for the one request and
   * nowhere else; the body is never logged.
   */
  static byte[] signRequest(
      BsreGateway.Signer signer, char[] passphrase, byte[] pdf, BsreGateway.Appearance look) {
    JsonObjectBuilder properties =
        Json.createObjectBuilder()
            .add("tampilan", look.visible() ? "VISIBLE" : "INVISIBLE")
            .add("reason", look.reason())
            .add("location", look.location());
    if (look.visible()) {
      properties
          .add("imageBase64", Base64.getEncoder().encodeToString(look.image()))
          .add("page", look.page())
          .add("originX", look.x())
          .add("originY", look.y())
          .add("width", look.width())
          .add("height", look.height());
    }
    JsonObjectBuilder body = identity(signer);
    body.add("passphrase", new String(passphrase))
        .add("signatureProperties", Json.createArrayBuilder().add(properties))
        .add("file", Json.createArrayBuilder().add(Base64.getEncoder().encodeToString(pdf)));
    return body.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON naming the signer: by NIK where known, else by e-mail (both accepted by API v2). */
  static JsonObjectBuilder identity(BsreGateway.Signer signer) {
    return signer.nik() != null
        ? Json.createObjectBuilder().add("nik", signer.nik())
        : Json.createObjectBuilder().add("email", signer.email());
  }

  /**
   * The signed PDF of a successful answer: API v2 answers JSON whose {@code file} is an array of
   * base64 files (one here), API v1 the PDF itself.
   */
  static byte[] signedFile(byte[] body) {
    if (startsWithPdf(body)) {
      return body;
    }
    JsonObject answer =
        object(body)
            .orElseThrow(() -> refused("the gateway's answer is neither JSON nor a PDF", body));
    JsonValue file = answer.get("file");
    String base64 = null;
    if (file instanceof JsonArray files
        && !files.isEmpty()
        && files.get(0) instanceof JsonString s) {
      base64 = s.getString();
    } else if (file instanceof JsonString s) {
      base64 = s.getString();
    }
    if (base64 == null) {
      throw refused("the gateway's answer holds no signed file", body);
    }
    try {
      byte[] signed = Base64.getMimeDecoder().decode(base64);
      if (!startsWithPdf(signed)) {
        throw refused("the gateway's signed file is not a PDF", new byte[0]);
      }
      return signed;
    } catch (IllegalArgumentException e) {
      throw refused("the gateway's signed file is not base64", new byte[0]);
    }
  }

  /**
   * A signer's status answer ({@code status}: ISSUE is a certificate ready to sign); anything else
   * is why signing would fail.
   */
  static void requireIssued(byte[] body) {
    String status =
        object(body).map(o -> field(o, "status")).orElse("").strip().toUpperCase(Locale.ROOT);
    switch (status) {
      case "ISSUE" -> {
        // a certificate ready to sign
      }
      case "EXPIRED" ->
          throw new BsreException(
              Reason.CERTIFICATE_EXPIRED, "the signer's certificate has expired");
      case "NOT_REGISTERED", "" ->
          throw new BsreException(
              Reason.SIGNER_NOT_REGISTERED, "BSrE knows no certified signer of this identity");
      default ->
          throw new BsreException(
              Reason.CERTIFICATE_NOT_ACTIVE, "the signer's certificate is " + status);
    }
  }

  /**
   * Why a non-2xx answer refused: first by what the gateway says ({@code error} or {@code
   * message}), as it reports a wrong passphrase and a lapsed certificate with several HTTP codes;
   * then by the HTTP status.
   */
  static BsreException failure(int status, byte[] body) {
    String said =
        object(body)
            .map(o -> field(o, "error").isEmpty() ? field(o, "message") : field(o, "error"))
            .orElse(new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
    String text = said.toLowerCase(Locale.ROOT);
    String logged = "HTTP " + status + ": " + said.substring(0, Math.min(said.length(), 300));
    if (text.contains("passphrase")) {
      return new BsreException(Reason.WRONG_PASSPHRASE, logged);
    }
    if (text.contains("tidak terdaftar")
        || text.contains("belum terdaftar")
        || text.contains("not registered")
        || text.contains("user not found")) {
      return new BsreException(Reason.SIGNER_NOT_REGISTERED, logged);
    }
    if (text.contains("expired") || text.contains("kadaluarsa") || text.contains("kedaluwarsa")) {
      return new BsreException(Reason.CERTIFICATE_EXPIRED, logged);
    }
    if (text.contains("revoke")
        || text.contains("suspend")
        || text.contains("tidak aktif")
        || text.contains("belum aktif")
        || text.contains("not active")) {
      return new BsreException(Reason.CERTIFICATE_NOT_ACTIVE, logged);
    }
    if (status == 401 || status == 403) {
      return new BsreException(Reason.GATEWAY_REJECTED_CLIENT, logged);
    }
    if (status == 502 || status == 503 || status == 504) {
      return new BsreException(Reason.GATEWAY_DOWN, logged);
    }
    return new BsreException(Reason.REFUSED, logged);
  }

  private static BsreException refused(String why, byte[] body) {
    return new BsreException(Reason.REFUSED, why + " (" + body.length + " bytes)");
  }

  private static boolean startsWithPdf(byte[] body) {
    return body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F';
  }

  /** A field as text, whatever its JSON type; "" when absent. */
  private static String field(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v == JsonValue.NULL
        ? ""
        : v instanceof JsonString s ? s.getString() : v.toString();
  }

  private static Optional<JsonObject> object(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
