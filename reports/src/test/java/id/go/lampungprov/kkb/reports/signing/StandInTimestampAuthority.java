package id.go.lampungprov.kkb.reports.signing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A STAND-IN for a real RFC 3161 time-stamping authority, for tests only: BouncyCastle's token
 * generator behind a JDK HTTP server on 127.0.0.1, with a TSA certificate issued by a test
 * authority. It can be told to refuse, to answer with another nonce, or to answer with an error.
 */
final class StandInTimestampAuthority implements AutoCloseable {

  enum Mode {
    GRANT,
    REFUSE,
    WRONG_NONCE,
    HTTP_ERROR
  }

  static final String NAME = "CN=Stand-in TSA (test only), O=Kampung KB tests";

  private final HttpServer server;
  private final TestAuthority.Issued tsa;
  private final AtomicLong serial = new AtomicLong(1);
  private volatile Mode mode = Mode.GRANT;
  private final AtomicLong requests = new AtomicLong();

  StandInTimestampAuthority(TestAuthority issuer) throws IOException {
    this.tsa = issuer.timeStamping(NAME);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/tsa",
        exchange -> {
          requests.incrementAndGet();
          byte[] reply;
          int status = 200;
          try (InputStream in = exchange.getRequestBody()) {
            reply = answer(new TimeStampRequest(in.readAllBytes()));
          } catch (Exception e) {
            reply = e.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            status = 500;
          }
          if (mode == Mode.HTTP_ERROR) {
            status = 503;
            reply = new byte[0];
          }
          exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
          exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
          }
        });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
  }

  X509Certificate certificate() {
    return tsa.certificate();
  }

  void mode(Mode mode) {
    this.mode = mode;
  }

  long requests() {
    return requests.get();
  }

  private byte[] answer(TimeStampRequest request) throws Exception {
    TimeStampTokenGenerator tokens =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withECDSA", tsa.key(), tsa.certificate()),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(
                    new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                        NISTObjectIdentifiers.id_sha256)),
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1"));
    tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
    TimeStampResponseGenerator responses =
        new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    if (mode == Mode.REFUSE) {
      return responses
          .generateRejectedResponse(new org.bouncycastle.tsp.TSPException("refused by the test"))
          .getEncoded();
    }
    BigInteger nonce =
        mode == Mode.WRONG_NONCE ? request.getNonce().add(BigInteger.ONE) : request.getNonce();
    TimeStampRequest answered =
        new org.bouncycastle.tsp.TimeStampRequestGenerator() {
          {
            setCertReq(request.getCertReq());
          }
        }.generate(request.getMessageImprintAlgOID(), request.getMessageImprintDigest(), nonce);
    TimeStampResponse response =
        responses.generate(answered, BigInteger.valueOf(serial.getAndIncrement()), new Date());
    return response.getEncoded();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
