package id.go.lampungprov.kkb.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, as a phone or as an office PC. Nothing is
 * downloaded: the binaries come from the chromium and chromium-driver packages that {@code .ci/run}
 * installs. Every wait is explicit and bounded (30 s unless {@link #waitingAtMost}). Public, as
 * micro's cluster tests drive the staff pages behind a balancer with it too.
 */
public final class Chromium implements AutoCloseable {

  /**
   * How long a step may wait for a page, an AJAX update or a condition unless told otherwise
   * ({@link #waitingAtMost}); a step that is done goes on at once.
   */
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** How often a condition is asked again, and how often the page must be found idle in a row. */
  private static final Duration POLL = Duration.ofMillis(100);

  private static final int IDLE_POLLS = 6;

  private final ChromeDriver driver;
  private final Path profile;
  private Duration wait = WAIT;

  /** A phone: 390×844, touch, a mobile user agent. */
  static Chromium phone() {
    return new Chromium(
        Map.of(
            "deviceMetrics",
            Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true),
            "userAgent",
            "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/156.0 Mobile Safari/537.36"),
        null);
  }

  /** An office PC's screen: 1366×768. */
  public static Chromium desktop() {
    return new Chromium(null, "--window-size=1366,768");
  }

  private Chromium(Map<String, Object> mobileEmulation, String windowSize) {
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
    // The page's console (script errors, failed requests) for diagnosing a failed step.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    if (mobileEmulation != null) {
      options.setExperimentalOption("mobileEmulation", mobileEmulation);
    }
    if (windowSize != null) {
      options.addArguments(windowSize);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("kkb.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    if (windowSize != null) {
      // Headless windows lose some height to invisible browser chrome: fix the viewport itself.
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** Waits longer at every step, e.g. for a cluster failing over to its other instance. */
  public Chromium waitingAtMost(Duration longest) {
    this.wait = longest;
    return this;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** The page's text; retried while a navigation replaces the page under it. */
  public String text() {
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
  public void submit(String cssSelector) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.cssSelector(cssSelector)).click();
    new WebDriverWait(driver, wait)
        .until(
            d -> {
              try {
                return ExpectedConditions.stalenessOf(page).apply(d);
              } catch (WebDriverException goneWhileAsked) {
                // Chrome may drop the old page while the wait still asks about it
                // ("Node with given id does not belong to the document"): the next one is loading.
                return true;
              }
            });
  }

  /** Clicks a link or button that loads another page and waits for it. */
  void click(String cssSelector) {
    submit(cssSelector);
  }

  /** Clicks a link by its text, e.g. a tab, without waiting for a new page. */
  void clickText(String linkText) {
    driver.findElement(By.linkText(linkText)).click();
  }

  /**
   * Picks a value of a PrimeFaces select on its hidden native select, with the change event its
   * AJAX behaviour listens to; waits for the option to exist first and for the AJAX updates the
   * change starts to finish (the queue found empty several times in a row: one update may start
   * another).
   */
  public void select(String clientId, String value) {
    new WebDriverWait(driver, wait)
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
    int[] idle = {0};
    new WebDriverWait(driver, wait, POLL.multipliedBy(2))
        .withMessage("the AJAX updates after choosing " + value + " in " + clientId)
        .until(
            d -> {
              boolean quiet =
                  (Boolean)
                      driver.executeScript(
                          "return PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;");
              idle[0] = quiet ? idle[0] + 1 : 0;
              return idle[0] >= IDLE_POLLS;
            });
  }

  /**
   * Waits until the condition holds, e.g. after an AJAX update; an element replaced or not there
   * yet while asked counts as "not yet". If it never holds: a screenshot, the console and the page
   * in the failure.
   */
  public void waitUntil(BooleanSupplier condition) {
    waitUntil(condition, () -> "");
  }

  private void waitUntil(BooleanSupplier condition, Supplier<String> detail) {
    try {
      new WebDriverWait(driver, wait, POLL)
          .ignoring(StaleElementReferenceException.class)
          .ignoring(NoSuchElementException.class)
          .until(d -> condition.getAsBoolean());
    } catch (TimeoutException e) {
      screenshot("failed-wait");
      throw new AssertionError(
          "condition not reached within "
              + wait.toSeconds()
              + " s"
              + detail.get()
              + "\nthe console: "
              + console()
              + "\nthe page: "
              + text(),
          e);
    }
  }

  /** The message next to a field (ids as in CSS, colons escaped), once the page shows one. */
  String messageNextTo(String field) {
    String selector = ".field:has(#" + field + ") .ui-message-error";
    waitUntil(
        () -> has(selector),
        () -> "; no message next to " + field + "; the form: " + html("form:has(#" + field + ")"));
    return find(selector).getText();
  }

  /** Waits until an element is there, e.g. after an AJAX update. */
  public WebElement await(String cssSelector) {
    return new WebDriverWait(driver, wait)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
  }

  /** The session cookie, to fetch a linked file over plain HTTP as this browser would. */
  public String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /**
   * Fetches what a link points to (a PDF, a sheet) over plain HTTP with this browser's session, as
   * the browser would download it.
   */
  java.net.http.HttpResponse<byte[]> download(String linkSelector) {
    String href = find(linkSelector).getAttribute("href");
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                  .header("Cookie", "JSESSIONID=" + cookie("JSESSIONID"))
                  .timeout(wait)
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs a DevTools command, e.g. where the browser saves what it downloads. */
  Map<String, Object> devTools(String command, Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  /** Forgets a cookie, as an expired session would be forgotten by the server. */
  void deleteCookie(String name) {
    driver.manage().deleteCookieNamed(name);
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  int count(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector)).size();
  }

  /** Characters of the page's current DOM: a whole table sent to the browser would show here. */
  int domSize() {
    return driver.getPageSource().length();
  }

  boolean has(String cssSelector) {
    return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
  }

  /** What the page wrote to its console since the last call: for a failure's diagnosis. */
  String console() {
    StringBuilder out = new StringBuilder();
    try {
      driver.manage().logs().get("browser").forEach(e -> out.append(e).append('\n'));
    } catch (WebDriverException unavailable) {
      out.append("(console not available: ").append(unavailable.getMessage()).append(')');
    }
    return out.toString();
  }

  /** An element's HTML as the browser has it now, or why not: for a failure's diagnosis. */
  String html(String cssSelector) {
    try {
      return find(cssSelector).getAttribute("outerHTML");
    } catch (WebDriverException e) {
      return "(no " + cssSelector + ")";
    }
  }

  /** Runs a script in the page and returns what it returns. */
  Object script(String javaScript, Object... args) {
    return driver.executeScript(javaScript, args);
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
