package id.go.lampungprov.kkb.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium as a phone (390×844, touch, mobile user agent), driven through
 * chromedriver. Nothing is downloaded: the binaries come from the chromium and chromium-driver
 * packages that {@code .ci/run} installs.
 */
final class MobileBrowser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path profile;

  MobileBrowser() {
    try {
      profile = Files.createTempDirectory("kkb-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("kkb.chromium", "/usr/bin/chromium"));
    options.addArguments(
        List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--user-data-dir=" + profile));
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of(
            "deviceMetrics",
            Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true),
            "userAgent",
            "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/156.0 Mobile Safari/537.36"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("kkb.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  void open(String url) {
    driver.get(url);
  }

  /** The page's text; retried while a navigation replaces the page under it. */
  String text() {
    for (int attempt = 0; ; attempt++) {
      try {
        return driver.findElement(By.tagName("body")).getText();
      } catch (StaleElementReferenceException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  /** Clicks what submits a form and waits until the next page has replaced this one. */
  void submit(String cssSelector) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.cssSelector(cssSelector)).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
  }

  WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  boolean has(String cssSelector) {
    return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
  }

  long screenWidth() {
    return (Long) driver.executeScript("return screen.width;");
  }

  /** Saves a screenshot under target/screenshots for people to look at. */
  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
