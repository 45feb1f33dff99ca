package id.go.lampungprov.kkb.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff user's office PC: Debian's headless Chromium through chromedriver (the packages {@code
 * .ci/run} installs; nothing is downloaded), on the staff pages behind the balancer.
 */
final class StaffBrowser implements AutoCloseable {

  private final ChromeDriver driver;

  StaffBrowser() {
    Path profile;
    try {
      profile = Files.createTempDirectory("kkb-failover-chromium");
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
            "--no-first-run",
            "--window-size=1366,768",
            "--user-data-dir=" + profile));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("kkb.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  void login(String username, String password) {
    driver.get(Cluster.BALANCER + "/login.xhtml");
    find("#login\\:username").sendKeys(username);
    find("#login\\:password").sendKeys(password);
    submit("#login\\:submit");
  }

  void open(String path) {
    driver.get(Cluster.BALANCER + path);
  }

  WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  String value(String css) {
    return find(css).getAttribute("value");
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** Clicks what submits a form and waits until the next page has replaced this one. */
  void submit(String css) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.cssSelector(css)).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d -> {
              try {
                return ExpectedConditions.stalenessOf(page).apply(d);
              } catch (WebDriverException goneWhileAsked) {
                return true;
              }
            });
  }

  /**
   * Picks a value of a PrimeFaces select through its hidden native select and the change event its
   * AJAX behaviour listens to, then waits until the AJAX updates are done.
   */
  void select(String clientId, String value) throws InterruptedException {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                (Boolean)
                    driver.executeScript(
                        "var s = document.getElementById(arguments[0] + '_input'), v = arguments[1];"
                            + "return s != null && Array.from(s.options)"
                            + ".some(function (o) { return o.value === v; });",
                        clientId,
                        value));
    driver.executeScript(
        "jQuery(PrimeFaces.escapeClientId(arguments[0] + '_input')).val(arguments[1])"
            + ".trigger('change');",
        clientId,
        value);
    int quiet = 0;
    long until = System.currentTimeMillis() + 30_000;
    while (quiet < 6 && System.currentTimeMillis() < until) {
      boolean idle =
          (Boolean)
              driver.executeScript(
                  "return PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;");
      quiet = idle ? quiet + 1 : 0;
      Thread.sleep(250);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
