package id.go.lampungprov.kkb.reports.signing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 time-stamping authority reached over HTTP ({@code application/timestamp-query}),
 * asked for a token over the SHA-256 of a signature value. Every answer is checked before it is
 * used: status granted, the imprint and nonce of this request, a token signed by the certificate it
 * carries; the whole exchange is bounded in time and size.
 */
public final class TimestampAuthority {

  /** A token with its TSA's certificate chain is a few KiB; more is not an answer. */
  static final int MAX_REPLY = 64 * 1024;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final URI url;
  private final Duration timeout;
  private final HttpClient http;

  /** Connect within 5 s, the whole answer within 15 s. */
  public TimestampAuthority(URI url) {
    this(url, Duration.ofSeconds(5), Duration.ofSeconds(15));
  }

  public TimestampAuthority(URI url, Duration connect, Duration timeout) {
    if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException("the TSA address must be an http(s) URL: " + url);
    }
    this.url = url;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connect)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public URI url() {
    return url;
  }

  /**
   * A token over the SHA-256 of {@code data}.
   *
   * @throws TimestampUnavailableException when no valid token came back in time
   */
  public TimeStampToken stamp(byte[] data) {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    TimeStampRequest request =
        generator.generate(TSPAlgorithms.SHA256, sha256(data), new BigInteger(64, RANDOM));
    byte[] reply = exchange(request);
    try {
      TimeStampResponse response = new TimeStampResponse(reply);
      int status = response.getStatus();
      if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
        throw new TimestampUnavailableException(
            "the TSA refused the request (status "
                + status
                + (response.getStatusString() == null ? "" : ": " + response.getStatusString())
                + ")");
      }
      // Imprint, nonce, the certificate asked for, and a token only with a granted status.
      response.validate(request);
      TimeStampToken token = response.getTimeStampToken();
      @SuppressWarnings("unchecked")
      X509CertificateHolder tsa =
          (X509CertificateHolder)
              token.getCertificates().getMatches(token.getSID()).iterator().next();
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
      return token;
    } catch (TSPException | IOException | java.util.NoSuchElementException e) {
      throw new TimestampUnavailableException("the TSA's answer is not a valid token", e);
    } catch (org.bouncycastle.operator.OperatorCreationException
        | java.security.cert.CertificateException e) {
      throw new TimestampUnavailableException("the TSA's certificate cannot be read", e);
    }
  }

  private byte[] exchange(TimeStampRequest request) {
    HttpRequest post;
    try {
      post =
          HttpRequest.newBuilder(url)
              .timeout(timeout)
              .header("Content-Type", "application/timestamp-query")
              .header("Accept", "application/timestamp-reply")
              .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
              .build();
    } catch (IOException e) {
      throw new TimestampUnavailableException("the timestamp request cannot be encoded", e);
    }
    CompletableFuture<byte[]> answer =
        http.sendAsync(post, HttpResponse.BodyHandlers.ofInputStream())
            .thenApply(TimestampAuthority::body);
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new TimestampUnavailableException(
          "the TSA did not answer within " + timeout.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TimestampUnavailableException t) {
        throw t;
      }
      throw new TimestampUnavailableException("the TSA cannot be reached", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TimestampUnavailableException("interrupted while waiting for the TSA", e);
    }
  }

  private static byte[] body(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new TimestampUnavailableException("the TSA answered HTTP " + response.statusCode());
      }
      byte[] body = in.readNBytes(MAX_REPLY + 1);
      if (body.length > MAX_REPLY) {
        throw new TimestampUnavailableException(
            "the TSA's answer is longer than " + MAX_REPLY + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw new TimestampUnavailableException("the TSA's answer could not be read", e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
