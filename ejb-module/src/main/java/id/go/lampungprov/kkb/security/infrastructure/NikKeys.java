package id.go.lampungprov.kkb.security.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.DatabaseSettings;
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
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The NIK key comes from {@code KKB_NIK_KEY} (base64 of 32 random bytes), which the IT department
 * keeps outside the database and the repository. Without it, a key is generated once into {@code
 * data/nik.key} (owner-only) so development works; production must configure its own and back it
 * up: encrypted NIKs are unreadable without it.
 */
@ApplicationScoped
public class NikKeys {

  static final String FILE = "nik.key";
  private static final Logger LOG = Logger.getLogger(NikKeys.class.getName());

  private volatile NikCipher cipher;

  public NikCipher cipher() {
    NikCipher c = cipher;
    if (c == null) {
      synchronized (this) {
        if (cipher == null) {
          cipher = new NikCipher(loadKey());
        }
        c = cipher;
      }
    }
    return c;
  }

  private static byte[] loadKey() {
    String configured =
        ConfigProvider.getConfig().getOptionalValue("kkb.nik.key", String.class).orElse("");
    if (!configured.isBlank()) {
      return Base64.getDecoder().decode(configured.strip());
    }
    Path file = DatabaseSettings.dataDirectory().resolve(FILE);
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder()
            .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
      }
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(file.getParent());
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      LOG.warning(
          () ->
              "KKB_NIK_KEY is not set: generated a NIK encryption key in "
                  + file.toAbsolutePath()
                  + ". Set KKB_NIK_KEY in production and keep a backup of the key.");
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }
}
