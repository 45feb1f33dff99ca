package id.go.lampungprov.kkb.documents.infrastructure;

import id.go.lampungprov.kkb.platform.secrets.StartupCheck;
import id.go.lampungprov.kkb.reports.signing.ChainValidator;
import id.go.lampungprov.kkb.reports.signing.PdfSignatureVerifier;
import id.go.lampungprov.kkb.reports.signing.SignatureCheck;
import id.go.lampungprov.kkb.reports.signing.TrustAnchors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The certification authorities the IT department trusts for signatures made outside this system
 * ({@code KKB_TRUSTED_CERTIFICATES}: a PEM file, or a directory of PEM/DER certificates, e.g. the
 * BSrE/BSSN root and intermediates), and this installation's own signing certificate, trusted for
 * the documents it issued. Read once at start; a path that holds no certificate stops the start.
 */
@ApplicationScoped
public class TrustedCertificates implements StartupCheck {

  private static final Logger LOG = Logger.getLogger(TrustedCertificates.class.getName());

  @Inject private SigningKeys keys;

  private volatile TrustAnchors anchors;

  @Override
  public void check() {
    anchors();
  }

  public TrustAnchors anchors() {
    TrustAnchors a = anchors;
    if (a == null) {
      synchronized (this) {
        if (anchors == null) {
          anchors = load();
        }
        a = anchors;
      }
    }
    return a;
  }

  /** Validates signers' certificates against the anchors and this installation's certificate. */
  /** A PDF's signature, and its certificate against the configured authorities, now. */
  public SignatureCheck checkSignature(byte[] pdf) {
    return PdfSignatureVerifier.check(pdf, validator(), Instant.now());
  }

  public ChainValidator validator() {
    return new ChainValidator(anchors(), keys.signer().certificate());
  }

  private static TrustAnchors load() {
    String path =
        ConfigProvider.getConfig()
            .getOptionalValue("kkb.trusted.certificates", String.class)
            .orElse("");
    if (path.isBlank()) {
      LOG.warning(
          "KKB_TRUSTED_CERTIFICATES is not set: no signature made outside this system is trusted."
              + " Configure the BSrE/BSSN root and intermediate certificates.");
      return TrustAnchors.none();
    }
    TrustAnchors loaded = TrustAnchors.load(Path.of(path));
    LOG.info(
        () ->
            "Trusted certification authorities from "
                + path
                + ": "
                + loaded.certificates().stream()
                    .map(c -> c.getSubjectX500Principal().getName())
                    .toList());
    return loaded;
  }
}
