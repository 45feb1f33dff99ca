package id.go.lampungprov.kkb.platform.secrets;

import id.go.lampungprov.kkb.platform.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The secrets directory and the keys in it. Keys come from configuration (an environment variable
 * such as {@code KKB_NIK_KEY}, base64 of 32 bytes) or, for development, from a file generated once
 * into {@code KKB_SECRETS_DIR} — by default {@code secrets/} beside the data directory, so a backup
 * of the data (H2 files, uploads) never carries the keys that unlock it. Every file is created
 * owner-only and appears whole or not at all (written to a temporary file, then moved atomically):
 * two instances starting together, or a crash halfway, never leave a half-written key.
 */
public final class SecretFiles {

  /** Bytes of every symmetric key (AES-256, HMAC-SHA256). */
  public static final int KEY_BYTES = 32;

  private static final Logger LOG = Logger.getLogger(SecretFiles.class.getName());
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");

  private SecretFiles() {}

  /** {@code KKB_SECRETS_DIR}, else {@code secrets} beside the data directory. */
  public static Path directory() {
    String dir = System.getenv("KKB_SECRETS_DIR");
    if (dir == null || dir.isBlank()) {
      dir = System.getProperty("KKB_SECRETS_DIR");
    }
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir.strip()).toAbsolutePath();
    }
    Path data = DatabaseSettings.dataDirectory().toAbsolutePath();
    return data.resolveSibling("secrets");
  }

  /**
   * The 32-byte key configured as {@code property}, else the one in {@code fileName} in the secrets
   * directory, generated on first use.
   *
   * @throws IllegalStateException when a configured or stored key is not base64 of 32 bytes: the
   *     application must not start with a key it cannot use
   */
  public static byte[] key(String property, String fileName) {
    String variable = property.toUpperCase(Locale.ROOT).replace('.', '_');
    String configured =
        ConfigProvider.getConfig().getOptionalValue(property, String.class).orElse("");
    if (!configured.isBlank()) {
      return decode(configured, variable);
    }
    Path file = existing(fileName);
    if (!Files.exists(file)) {
      byte[] key = new byte[KEY_BYTES];
      new SecureRandom().nextBytes(key);
      if (createOnce(file, (Base64.getEncoder().encodeToString(key) + "\n").getBytes())) {
        LOG.warning(
            () ->
                variable
                    + " is not set: generated a key in "
                    + file
                    + ". Set "
                    + variable
                    + " in production and keep a copy of the key away from the data backups.");
        return key;
      }
    }
    return decode(read(file), file.toString());
  }

  /**
   * The file {@code fileName} in the secrets directory. One left in the data directory by an
   * earlier version is moved there first, so upgrading keeps the keys it had.
   */
  public static Path existing(String fileName) {
    Path dir = ensureDirectory();
    Path file = dir.resolve(fileName);
    Path legacy = DatabaseSettings.dataDirectory().toAbsolutePath().resolve(fileName);
    if (!Files.exists(file) && Files.exists(legacy) && !legacy.equals(file)) {
      try {
        Files.move(legacy, file, StandardCopyOption.ATOMIC_MOVE);
        restrict(file);
        LOG.warning(() -> "Moved the secret " + legacy + " to " + file + ", out of the data.");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot move " + legacy + " to " + dir, e);
      }
    }
    return file;
  }

  /**
   * Writes {@code content} as {@code file}, owner-only, unless it exists: true if this call wrote
   * it, false if another writer was first (then its file stands).
   */
  public static boolean createOnce(Path file, byte[] content) {
    Path temporary = temporaryBeside(file, content);
    try {
      // A hard link appears whole and fails if the name is taken; a rename would replace it.
      Files.createLink(file, temporary);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (UnsupportedOperationException e) {
      return moveIfAbsent(temporary, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /** Where hard links are not supported: the small race of check-then-move is accepted. */
  private static boolean moveIfAbsent(Path temporary, Path file) {
    try {
      if (Files.exists(file)) {
        return false;
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
  }

  /** Writes {@code content} as {@code file}, owner-only, replacing what was there atomically. */
  public static void replace(Path file, byte[] content) {
    Path temporary = temporaryBeside(file, content);
    try {
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** A base64 key of exactly 32 bytes, or a start-up failure naming where it came from. */
  public static byte[] decode(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + " is not base64 (openssl rand -base64 32)");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(
          source
              + " holds "
              + key.length
              + " bytes; a key must be "
              + KEY_BYTES
              + " random bytes in base64 (openssl rand -base64 32)");
    }
    return key;
  }

  private static Path ensureDirectory() {
    Path dir = directory();
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, ownerOnly(OWNER_DIR));
      }
      if (POSIX) {
        Files.setPosixFilePermissions(dir, OWNER_DIR);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the secrets directory " + dir, e);
    }
  }

  /** A fully written, flushed, owner-only file in the same directory, ready to be moved. */
  private static Path temporaryBeside(Path file, byte[] content) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temporary = Files.createTempFile(dir, ".tmp-", ".part", ownerOnly(OWNER_FILE));
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        out.write(ByteBuffer.wrap(content));
        out.force(true);
      }
      return temporary;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write beside " + file, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
        : new FileAttribute<?>[0];
  }

  private static void restrict(Path file) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(file, OWNER_FILE);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
