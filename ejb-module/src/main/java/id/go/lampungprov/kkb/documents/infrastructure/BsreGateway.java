package id.go.lampungprov.kkb.documents.infrastructure;

import id.go.lampungprov.kkb.documents.domain.BsreException;
import id.go.lampungprov.kkb.documents.domain.BsreException.Reason;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The province's BSrE e-sign gateway (esign-client-service): signs a PDF with a signatory's
 * certified certificate, and tells whether a signatory can sign. Configured by {@code KKB_BSRE_URL}
 * (the gateway's base address), {@code KKB_BSRE_USER} and {@code KKB_BSRE_PASSWORD} (the
 * application's Basic credentials at the gateway) and {@code KKB_BSRE_TIMEOUT_SECONDS} (default
 * 60), read at each use. API v2 first; v1 only where the gateway has no v2 (404) and the signer is
 * known by NIK, as v1 knows no other identity.
 *
 * <p>The signatory's passphrase passes through to the gateway in the one request body and is never
 * kept, logged or put into an exception message.
 */
@ApplicationScoped
public class BsreGateway {

  private static final Logger LOG = Logger.getLogger(BsreGateway.class.getName());
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The largest answer read: the signed PDF in base64 (4/3 of the largest issued PDF) and some
   * room; a longer one is refused before it is read whole.
   */
  static final long MAX_ANSWER = UploadPolicy.issuedPdf("file").maxBytes() * 4 / 3 + (1 << 20);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Supplier<Optional<Settings>> settings;

  /** The gateway's address, this application's credentials there, and how long to wait. */
  record Settings(String url, String user, String password, Duration timeout) {}

  public BsreGateway() {
    this(BsreGateway::configuredSettings);
  }

  /** For tests: a gateway at a fixed address. */
  BsreGateway(Supplier<Optional<Settings>> settings) {
    this.settings = settings;
  }

  /**
   * Who signs, as BSrE knows them: by NIK or by e-mail (API v2 takes either).
   *
   * @param nik may be null when {@code email} is given
   */
  public record Signer(String nik, String email) {
    public static Signer byEmail(String email) {
      return new Signer(null, email);
    }

    /** Names the signer without the NIK, for logs and the audit trail. */
    @Override
    public String toString() {
      return nik != null ? "NIK ****" + nik.substring(Math.max(0, nik.length() - 4)) : email;
    }
  }

  /** Where and how the signature shows: invisible, or an image on a page at a position (points). */
  public record Appearance(
      boolean visible,
      byte[] image,
      int page,
      float x,
      float y,
      float width,
      float height,
      String reason,
      String location) {

    /** No image on the page: the document prints its own QR code and footer. */
    public static Appearance invisible(String reason, String location) {
      return new Appearance(false, null, 0, 0, 0, 0, 0, reason, location);
    }
  }

  /** Whether a gateway is configured at all. */
  public boolean configured() {
    return settings.get().isPresent();
  }

  /**
   * Checks that the signer has a certificate ready to sign, before any document is sent.
   *
   * @throws BsreException SIGNER_NOT_REGISTERED, CERTIFICATE_EXPIRED, CERTIFICATE_NOT_ACTIVE or a
   *     gateway failure
   */
  public void requireReady(Signer signer) {
    byte[] body = BsreAnswers.identity(signer).build().toString().getBytes(StandardCharsets.UTF_8);
    Answer a = send(json("/api/v2/user/check/status", body));
    if (a.status() == 404 && signer.nik() != null) {
      a = send(request("/api/user/status/" + signer.nik()).GET());
    }
    if (a.status() / 100 != 2) {
      throw BsreAnswers.failure(a.status(), a.body());
    }
    BsreAnswers.requireIssued(a.body());
  }

  /**
   * Has the gateway sign a PDF with the signer's certificate.
   *
   * @return the signed PDF as the gateway answered it (checked by the caller, never trusted as is)
   * @throws BsreException why it was not signed
   */
  public byte[] sign(Signer signer, char[] passphrase, byte[] pdf, Appearance look) {
    try {
      return signOnce(signer, passphrase, pdf, look);
    } catch (BsreException e) {
      // A gateway that echoes what it was sent must not carry the passphrase into a log.
      String typed = new String(passphrase);
      String message = String.valueOf(e.getMessage());
      if (!typed.isEmpty() && message.contains(typed)) {
        throw new BsreException(e.reason(), message.replace(typed, "********"));
      }
      throw e;
    }
  }

  private byte[] signOnce(Signer signer, char[] passphrase, byte[] pdf, Appearance look) {
    Answer a =
        send(json("/api/v2/sign/pdf", BsreAnswers.signRequest(signer, passphrase, pdf, look)));
    if (a.status() == 404 && signer.nik() != null) {
      BsreMultipart form = new BsreMultipart();
      form.field("nik", signer.nik());
      form.field("passphrase", new String(passphrase));
      form.field("tampilan", look.visible() ? "visible" : "invisible");
      form.field("reason", look.reason());
      form.field("location", look.location());
      form.file("file", "document.pdf", "application/pdf", pdf);
      a =
          send(
              request("/api/sign/pdf")
                  .header("Content-Type", form.contentType())
                  .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
    }
    if (a.status() / 100 != 2) {
      throw BsreAnswers.failure(a.status(), a.body());
    }
    return BsreAnswers.signedFile(a.body());
  }

  private record Answer(int status, byte[] body) {}

  private HttpRequest.Builder json(String path, byte[] body) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private HttpRequest.Builder request(String path) {
    Settings s = settings.get().orElseThrow(() -> new IllegalStateException("no KKB_BSRE_URL"));
    String credentials = s.user() + ":" + s.password();
    return HttpRequest.newBuilder(URI.create(s.url().replaceAll("/+$", "") + path))
        .timeout(s.timeout())
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json, application/pdf");
  }

  /** Sends and reads the answer within {@link #MAX_ANSWER}; network failures become reasons. */
  private Answer send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      HttpResponse<InputStream> response =
          client.send(built, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > MAX_ANSWER) {
          throw new BsreException(
              Reason.REFUSED, "the gateway's answer is too large: " + declared + " bytes");
        }
        byte[] body = in.readNBytes((int) MAX_ANSWER + 1);
        if (body.length > MAX_ANSWER) {
          throw new BsreException(Reason.REFUSED, "the gateway's answer is too large");
        }
        return new Answer(response.statusCode(), body);
      }
    } catch (HttpConnectTimeoutException | ConnectException e) {
      LOG.warning(() -> "BSrE gateway unreachable at " + built.uri() + ": " + e);
      throw new BsreException(Reason.GATEWAY_DOWN, "the gateway cannot be reached: " + e, e);
    } catch (HttpTimeoutException e) {
      LOG.warning(() -> "BSrE gateway did not answer in time at " + built.uri());
      throw new BsreException(Reason.GATEWAY_SLOW, "the gateway did not answer in time", e);
    } catch (IOException e) {
      LOG.warning(() -> "BSrE gateway failed at " + built.uri() + ": " + e);
      throw new BsreException(Reason.GATEWAY_DOWN, "the gateway failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BsreException(Reason.GATEWAY_DOWN, "interrupted while waiting for the gateway", e);
    }
  }

  private static Optional<Settings> configuredSettings() {
    return setting("url")
        .map(
            url ->
                new Settings(
                    url,
                    setting("user").orElse(""),
                    setting("password").orElse(""),
                    Duration.ofSeconds(
                        Long.parseLong(setting("timeout.seconds").orElse("60").strip()))));
  }

  private static Optional<String> setting(String name) {
    return ConfigProvider.getConfig()
        .getOptionalValue("kkb.bsre." + name, String.class)
        .filter(s -> !s.isBlank());
  }
}
