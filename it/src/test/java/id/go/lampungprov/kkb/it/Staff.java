package id.go.lampungprov.kkb.it;

/**
 * A staff user in the browser: logs in on the login page, answers the confirmation dialogs. Public,
 * as micro's cluster tests log in through a balancer with it too.
 */
public final class Staff {

  private Staff() {}

  /** Logs in on the login page of the server under test with {@link Accounts#PASSWORD}. */
  static void login(Chromium browser, String username) {
    login(browser, Http.BASE, username);
  }

  /** Logs in on the login page at {@code base}, e.g. a cluster's balancer. */
  public static void login(Chromium browser, String base, String username) {
    browser.open(base + "/login.xhtml");
    browser.await("#login\\:username").sendKeys(username);
    browser.find("#login\\:password").sendKeys(Accounts.PASSWORD);
    browser.submit("#login\\:submit");
  }

  /** Clicks a button that asks first, answers "Ya" and waits for the next page. */
  static void confirm(Chromium browser, String button) {
    browser.find(button).click();
    browser.await("#confirm\\:yes");
    try {
      browser.submit("#confirm\\:yes");
    } catch (org.openqa.selenium.WebDriverException replacedWhileChecking) {
      // Chrome may drop the old page while the wait still asks about it: the next one is loading.
    }
    browser.await("#status");
  }
}
