package id.go.lampungprov.kkb.platform.web;

import id.go.lampungprov.kkb.platform.rest.PublicUrl;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The staff pages' session cookie travels only over TLS when the public address is https (behind a
 * reverse proxy the server itself may see plain HTTP). HttpOnly: web.xml; SameSite=Lax:
 * glassfish-web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (PublicUrl.configuredHttps()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
