package id.go.lampungprov.kkb.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The managed Payara's JVM as the tests see it from outside: its heap after a full collection
 * (through {@code jcmd}, which the JDK ships) and its log.
 */
final class ServerProcess {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private ServerProcess() {}

  /** Bytes of heap in use right after a full GC of the server. */
  static long usedHeapAfterGc() {
    String pid = pid();
    jcmd(pid, "GC.run");
    Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd printed no heap figure");
    }
    return Long.parseLong(used.group(1)) * 1024;
  }

  static long logSize() throws IOException {
    return Files.size(log());
  }

  /**
   * What the server logged after {@code offset} bytes of server.log. Payara rotates the log (at 2
   * MB): if it is now shorter than the offset, the rotated files written meanwhile come too.
   */
  static String logSince(long offset) throws IOException {
    long size = Files.size(log());
    StringBuilder text = new StringBuilder();
    if (size < offset) {
      try (var rotated = Files.list(log().getParent())) {
        for (Path file :
            rotated
                .filter(p -> p.getFileName().toString().startsWith("server.log_"))
                .sorted()
                .toList()) {
          text.append(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    try (InputStream in = Files.newInputStream(log())) {
      in.skipNBytes(size < offset ? 0 : offset);
      return text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).toString();
    }
  }

  /** Payara Server's domain log, or the file {@code kkb.server.log} names (Payara Micro's). */
  private static Path log() {
    String configured = System.getProperty("kkb.server.log", "");
    return configured.isBlank() ? domain().resolve("logs/server.log") : Path.of(configured);
  }

  private static Path domain() {
    return Path.of(System.getProperty("payara.home")).resolve("glassfish/domains/domain1");
  }

  private static String pid() {
    try {
      return Files.readString(domain().resolve("config/pid")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jcmd(String pid, String command) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + command + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
