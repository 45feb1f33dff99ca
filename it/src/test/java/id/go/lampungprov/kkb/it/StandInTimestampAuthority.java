package id.go.lampungprov.kkb.it;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A STAND-IN for the RFC 3161 time-stamping authority of {@code KKB_TSA_URL}, for the integration
 * tests only: BouncyCastle's token generator behind a JDK HTTP server at 127.0.0.1:{@value #PORT}
 * (it/pom.xml gives the demo server that address), its certificate issued by the test CA the server
 * trusts. Started once per test JVM with the deployment ({@link OneDeployment}), so every document
 * the demo server signs gets its timestamp; {@link #down} makes it answer 503, as a TSA out of
 * service would.
 */
final class StandInTimestampAuthority {

  static final int PORT = 3318;
  static final String NAME = "CN=Stand-in TSA (test only),O=Kampung KB IT,C=ID";

  private static StandInTimestampAuthority shared;

  private final HttpServer server;
  private final TimeStampResponseGenerator responses;
  private final AtomicLong serial = new AtomicLong(1);
  private volatile boolean down;

  private StandInTimestampAuthority() throws Exception {
    TestSigners.Issued tsa =
        TestSigners.issue(
            NAME,
            new KeyUsage(KeyUsage.digitalSignature),
            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    TimeStampTokenGenerator tokens =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withECDSA", tsa.key(), tsa.certificate()),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.2"));
    tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
    responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 50);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/tsa",
        exchange -> {
          byte[] reply;
          try (InputStream in = exchange.getRequestBody()) {
            TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
            reply = down ? null : answer(request);
          } catch (Exception e) {
            reply = null;
          }
          exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
          exchange.sendResponseHeaders(
              reply == null ? 503 : 200, reply == null ? -1 : reply.length);
          try (OutputStream out = exchange.getResponseBody()) {
            if (reply != null) {
              out.write(reply);
            }
          }
        });
    server.start();
  }

  /** BouncyCastle's generators sign with one signer object: one token at a time. */
  private synchronized byte[] answer(TimeStampRequest request) throws Exception {
    return responses
        .generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date())
        .getEncoded();
  }

  /** The one stand-in of this JVM, started on first use. */
  static synchronized StandInTimestampAuthority shared() {
    if (shared == null) {
      try {
        shared = new StandInTimestampAuthority();
      } catch (Exception e) {
        throw new IllegalStateException("the stand-in TSA cannot start on port " + PORT, e);
      }
    }
    return shared;
  }

  static synchronized void stopShared() {
    if (shared != null) {
      shared.server.stop(0);
      shared = null;
    }
  }

  /** While true, every request is answered 503, as by a TSA out of service. */
  void down(boolean down) {
    this.down = down;
  }
}
