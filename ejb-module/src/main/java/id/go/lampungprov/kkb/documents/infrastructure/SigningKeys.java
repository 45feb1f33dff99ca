package id.go.lampungprov.kkb.documents.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.DatabaseSettings;
import id.go.lampungprov.kkb.reports.signing.DevelopmentKeystore;
import id.go.lampungprov.kkb.reports.signing.PdfSigner;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The certificate documents are signed with: the PKCS#12 keystore the IT department configures
 * ({@code KKB_SIGNING_KEYSTORE}, {@code KKB_SIGNING_PASSWORD}, optional {@code KKB_SIGNING_ALIAS}),
 * or, without one, a self-signed development keystore generated once into the data directory and
 * labelled DEVELOPMENT in its name.
 */
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  private volatile PdfSigner signer;

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
    Config config = ConfigProvider.getConfig();
    String keystore = config.getOptionalValue("kkb.signing.keystore", String.class).orElse("");
    if (!keystore.isBlank()) {
      String password = config.getOptionalValue("kkb.signing.password", String.class).orElse("");
      String alias = config.getOptionalValue("kkb.signing.alias", String.class).orElse(null);
      return DevelopmentKeystore.load(Path.of(keystore), password.toCharArray(), alias);
    }
    Path dir = DatabaseSettings.dataDirectory();
    Path p12 = dir.resolve("signing-development.p12");
    Path passwordFile = dir.resolve("signing-development.password");
    try {
      if (!Files.exists(p12)) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        DevelopmentKeystore.create(
            p12, password.toCharArray(), "Sistem Informasi Kampung KB Provinsi Lampung");
        // Written after the keystore exists, so a failed first attempt leaves nothing behind.
        Files.deleteIfExists(passwordFile);
        Files.createFile(
            passwordFile,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, password, StandardCharsets.US_ASCII);
        LOG.warning(
            () ->
                "KKB_SIGNING_KEYSTORE is not set: generated a self-signed DEVELOPMENT signing key in "
                    + p12.toAbsolutePath()
                    + ". Configure the office's certificate in production.");
      }
      String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
      return DevelopmentKeystore.load(p12, password.toCharArray(), DevelopmentKeystore.ALIAS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the development signing key", e);
    }
  }
}
