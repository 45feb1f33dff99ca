package id.go.lampungprov.kkb.reports.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The certification authorities whose certificates an IT department trusts for signatures made
 * outside this system (e.g. the BSrE/BSSN root and its intermediates). Self-signed certificates are
 * roots; the others are intermediates, used to build chains, and count as anchors themselves only
 * when their issuer is not configured (an office may trust one intermediate without its root).
 */
public final class TrustAnchors {

  private static final TrustAnchors NONE = new TrustAnchors(List.of());

  private final List<X509Certificate> certificates;

  private TrustAnchors(List<X509Certificate> certificates) {
    this.certificates = List.copyOf(certificates);
  }

  public static TrustAnchors none() {
    return NONE;
  }

  public static TrustAnchors of(Collection<X509Certificate> certificates) {
    return new TrustAnchors(new ArrayList<>(certificates));
  }

  /**
   * Reads a PEM file (one or more certificates) or a directory of PEM or DER files ({@code .pem},
   * {@code .crt}, {@code .cer}, {@code .der}); other files in a directory are ignored. A file that
   * is not a certificate is an error, so a misconfiguration is noticed at start and not later.
   */
  public static TrustAnchors load(Path path) {
    List<X509Certificate> found = new ArrayList<>();
    try {
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(path)) {
          files =
              listing
                  .filter(Files::isRegularFile)
                  .filter(
                      p ->
                          p.getFileName()
                              .toString()
                              .toLowerCase()
                              .matches(".*\\.(pem|crt|cer|der)"))
                  .sorted()
                  .toList();
        }
        for (Path file : files) {
          found.addAll(read(file));
        }
      } else {
        found.addAll(read(path));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the trusted certificates " + path, e);
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("no certificate found in " + path);
    }
    return new TrustAnchors(found);
  }

  private static List<X509Certificate> read(Path file) throws IOException {
    try {
      // CertificateFactory reads DER and PEM ("-----BEGIN CERTIFICATE-----"), several in a row.
      return CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)))
          .stream()
          .map(X509Certificate.class::cast)
          .toList();
    } catch (CertificateException e) {
      throw new IllegalStateException("not a certificate: " + file, e);
    }
  }

  public List<X509Certificate> certificates() {
    return certificates;
  }

  public boolean isEmpty() {
    return certificates.isEmpty();
  }

  /** Roots, and intermediates whose issuer is not configured. */
  public List<X509Certificate> anchors() {
    Set<javax.security.auth.x500.X500Principal> subjects =
        certificates.stream()
            .map(X509Certificate::getSubjectX500Principal)
            .collect(Collectors.toSet());
    return certificates.stream()
        .filter(
            c ->
                c.getIssuerX500Principal().equals(c.getSubjectX500Principal())
                    || !subjects.contains(c.getIssuerX500Principal()))
        .toList();
  }

  /** The configured certificates that are not anchors: links of chains. */
  public List<X509Certificate> intermediates() {
    List<X509Certificate> anchors = anchors();
    return certificates.stream().filter(c -> !anchors.contains(c)).toList();
  }
}
