package id.go.lampungprov.kkb.platform.secrets;

import id.go.lampungprov.kkb.platform.persistence.DatabaseSettings;
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
 * Loads a 32-byte key from a configuration property (an environment variable such as {@code
 * KKB_NIK_KEY}, base64), or from a file in the data directory, generated owner-only on first use so
 * development needs no setup. Production configures its own keys and backs them up.
 */
public final class KeyFiles {

  private static final Logger LOG = Logger.getLogger(KeyFiles.class.getName());

  private KeyFiles() {}

  public static byte[] load(String property, String fileName) {
    String configured =
        ConfigProvider.getConfig().getOptionalValue(property, String.class).orElse("");
    if (!configured.isBlank()) {
      return Base64.getDecoder().decode(configured.strip());
    }
    Path file = DatabaseSettings.dataDirectory().resolve(fileName);
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
      String variable = property.toUpperCase().replace('.', '_');
      LOG.warning(
          () ->
              variable
                  + " is not set: generated a key in "
                  + file.toAbsolutePath()
                  + ". Set "
                  + variable
                  + " in production and keep a backup of the key.");
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }
}
