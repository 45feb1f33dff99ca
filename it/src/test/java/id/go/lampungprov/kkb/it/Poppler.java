package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Poppler's command-line tools (Debian's poppler-utils, installed in CI) as a second opinion on our
 * PDFs. Where a tool is missing, the test that needs it is reported as skipped, never passed.
 */
final class Poppler {

  private Poppler() {}

  /** Skips the calling test (shown as skipped) unless the tool is installed. */
  static void assumeInstalled(String tool) {
    assumeTrue(Files.isExecutable(executable(tool)), tool + " (poppler-utils) is not installed");
  }

  /** Runs the tool on the PDF and returns what it printed (its standard output). */
  static String run(String tool, byte[] pdf) throws IOException, InterruptedException {
    assumeInstalled(tool);
    Path file = Files.createTempFile("kkb", ".pdf");
    try {
      Files.write(file, pdf);
      Process p =
          new ProcessBuilder(executable(tool).toString(), file.toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD) // warnings; stdout is the answer
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out;
    } finally {
      Files.delete(file);
    }
  }

  private static Path executable(String tool) {
    return Path.of("/usr/bin", tool);
  }
}
