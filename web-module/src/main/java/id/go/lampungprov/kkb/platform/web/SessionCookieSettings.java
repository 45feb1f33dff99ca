package id.go.lampungprov.kkb.platform.web;

import id.go.lampungprov.kkb.platform.rest.PublicUrl;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The staff pages' session cookie: never readable by scripts, not sent along with requests that
 * other sites start (Lax: a link from an e-mail still opens the page logged in, a form posted from
 * elsewhere does not carry the login), and only over TLS when the public address is https.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  static final String SAME_SITE = "Lax";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", SAME_SITE);
    if (PublicUrl.configuredHttps()) {
      cookie.setSecure(true);
    }
  }
}
