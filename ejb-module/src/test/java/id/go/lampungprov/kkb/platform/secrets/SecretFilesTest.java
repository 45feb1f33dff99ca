package id.go.lampungprov.kkb.platform.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

  @TempDir Path dir;

  @Test
  void aSecretAppearsOnceWholeAndOwnerOnlyEvenWhenManyWriteAtOnce() throws Exception {
    Path file = dir.resolve("nik.key");
    ExecutorService writers = Executors.newFixedThreadPool(8);
    try {
      var attempts =
          IntStream.range(0, 16)
              .mapToObj(
                  i ->
                      writers.submit(
                          () -> SecretFiles.createOnce(file, ("key-" + i + "\n").getBytes())))
              .toList();
      int won = 0;
      for (Future<Boolean> attempt : attempts) {
        won += attempt.get() ? 1 : 0;
      }
      assertEquals(1, won, "exactly one writer creates the file");
    } finally {
      writers.shutdown();
    }
    assertTrue(SecretFiles.read(file).matches("key-\\d+"));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    try (var left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary file is left behind");
    }
    assertFalse(SecretFiles.createOnce(file, "other".getBytes()));
    SecretFiles.replace(file, "replaced".getBytes());
    assertEquals("replaced", SecretFiles.read(file));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
  }

  @Test
  void aKeyMustBeBase64OfThirtyTwoBytes() {
    byte[] key = new byte[32];
    key[3] = 9;
    assertArrayEquals(key, SecretFiles.decode(Base64.getEncoder().encodeToString(key), "X"));
    IllegalStateException shortKey =
        assertThrows(
            IllegalStateException.class,
            () ->
                SecretFiles.decode(
                    Base64.getEncoder().encodeToString(new byte[16]), "KKB_NIK_KEY"));
    assertTrue(shortKey.getMessage().contains("KKB_NIK_KEY holds 16 bytes"));
    assertThrows(IllegalStateException.class, () -> SecretFiles.decode("not base64!", "X"));
  }
}
