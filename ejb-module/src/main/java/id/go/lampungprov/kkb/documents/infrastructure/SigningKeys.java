package id.go.lampungprov.kkb.documents.infrastructure;

import id.go.lampungprov.kkb.platform.secrets.SecretFiles;
import id.go.lampungprov.kkb.platform.secrets.StartupCheck;
import id.go.lampungprov.kkb.reports.signing.DevelopmentKeystore;
import id.go.lampungprov.kkb.reports.signing.PdfSigner;
import id.go.lampungprov.kkb.reports.signing.TimestampAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The certificate documents are signed with: the PKCS#12 keystore the IT department configures
 * ({@code KKB_SIGNING_KEYSTORE}, {@code KKB_SIGNING_PASSWORD}, optional {@code KKB_SIGNING_ALIAS}),
 * or, without one, a self-signed development keystore generated once into the secrets directory and
 * labelled DEVELOPMENT in its name; with {@code KKB_TSA_URL}, signatures carry an RFC 3161
 * timestamp from that authority (PAdES B-T).
 */
@ApplicationScoped
public class SigningKeys implements StartupCheck {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  private volatile PdfSigner signer;

  /** A configured keystore that cannot be opened stops the deployment with its reason. */
  @Override
  public void check() {
    signer();
  }

  public PdfSigner signer() {
    PdfSigner s = signer;
    if (s == null) {
      synchronized (this) {
        if (signer == null) {
          signer = load();
        }
        s = signer;
      }
    }
    return s;
  }

  private static PdfSigner load() {
    PdfSigner signer = keys();
    // Optional PAdES B-T: with a TSA every signature carries its RFC 3161 timestamp, and an issue
    // fails (its number given back) rather than sign without one while the TSA is unavailable.
    Optional<String> tsa =
        ConfigProvider.getConfig()
            .getOptionalValue("kkb.tsa.url", String.class)
            .filter(u -> !u.isBlank());
    if (tsa.isEmpty()) {
      return signer;
    }
    TimestampAuthority authority;
    try {
      authority = new TimestampAuthority(URI.create(tsa.get().strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("KKB_TSA_URL is not an http(s) URL: " + tsa.get(), e);
    }
    LOG.info(() -> "Signatures carry RFC 3161 timestamps from " + authority.url());
    return signer.withTimestamps(authority);
  }

  private static PdfSigner keys() {
    Config config = ConfigProvider.getConfig();
    String keystore = config.getOptionalValue("kkb.signing.keystore", String.class).orElse("");
    if (!keystore.isBlank()) {
      String password = config.getOptionalValue("kkb.signing.password", String.class).orElse("");
      String alias = config.getOptionalValue("kkb.signing.alias", String.class).orElse(null);
      return DevelopmentKeystore.load(Path.of(keystore), password.toCharArray(), alias);
    }
    Path p12 = SecretFiles.existing("signing-development.p12");
    Path passwordFile = SecretFiles.existing("signing-development.password");
    if (!Files.exists(p12)) {
      createDevelopmentKeystore(p12, passwordFile);
    }
    String password = SecretFiles.read(passwordFile);
    return DevelopmentKeystore.load(p12, password.toCharArray(), DevelopmentKeystore.ALIAS);
  }

  /**
   * The password file first, then the keystore, each appearing whole: a keystore never exists
   * without its password, and a crash in between only leaves a password the next start replaces.
   */
  private static void createDevelopmentKeystore(Path p12, Path passwordFile) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path scratch = null;
    try {
      scratch = Files.createTempFile(p12.getParent(), ".tmp-", ".p12");
      DevelopmentKeystore.create(
          scratch, password.toCharArray(), "Sistem Informasi Kampung KB Provinsi Lampung");
      SecretFiles.replace(passwordFile, password.getBytes(StandardCharsets.US_ASCII));
      if (SecretFiles.createOnce(p12, Files.readAllBytes(scratch))) {
        LOG.warning(
            () ->
                "KKB_SIGNING_KEYSTORE is not set: generated a self-signed DEVELOPMENT signing key"
                    + " in "
                    + p12
                    + ". Configure the office's certificate in production.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the development signing key", e);
    } finally {
      if (scratch != null) {
        scratch.toFile().delete();
      }
    }
  }
}
