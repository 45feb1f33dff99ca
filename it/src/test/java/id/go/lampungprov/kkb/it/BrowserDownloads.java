package id.go.lampungprov.kkb.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a page's button makes the browser download (an export), saved by the browser itself into a
 * directory of this test, so the test reads the file the user would get.
 */
final class BrowserDownloads {

  private final Chromium browser;
  private final Path directory;

  BrowserDownloads(Chromium browser) {
    this.browser = browser;
    try {
      this.directory = Files.createTempDirectory("kkb-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.devTools(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
  }

  /** Clicks the button and returns the file it downloaded, once the browser has it whole. */
  Path click(String cssSelector) {
    List<Path> before = files();
    browser.find(cssSelector).click();
    Path[] downloaded = new Path[1];
    browser.waitUntil(
        () -> {
          // Chromium writes to a .crdownload file and renames it when the download is complete.
          Optional<Path> complete =
              files().stream()
                  .filter(f -> !before.contains(f))
                  .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                  .findFirst();
          complete.ifPresent(f -> downloaded[0] = f);
          return complete.isPresent();
        });
    return downloaded[0];
  }

  private List<Path> files() {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
