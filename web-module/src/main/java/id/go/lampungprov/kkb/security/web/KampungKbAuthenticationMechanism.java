package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.audit.domain.AuditContext;
import id.go.lampungprov.kkb.platform.rest.DatabaseFailures;
import id.go.lampungprov.kkb.platform.rest.Problems;
import id.go.lampungprov.kkb.platform.web.ClientAddress;
import id.go.lampungprov.kkb.platform.web.SecurityHeaders;
import id.go.lampungprov.kkb.security.application.AuthenticationService;
import id.go.lampungprov.kkb.security.application.AuthenticationService.Outcome;
import id.go.lampungprov.kkb.security.application.AuthenticationService.Status;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism, two doors. The API ({@code /api/*}, and its description at {@code /openapi}) takes
 * HTTP Basic on every request and never uses the session, so a browser's login cookie cannot be
 * replayed against it (no CSRF on the API). The staff pages log in through {@code login.xhtml} and
 * keep the user in the session; the account is re-read on every request so deactivation applies at
 * once.
 */
@ApplicationScoped
public class KampungKbAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /** Request attribute set when a form login could not be checked because the database is down. */
  static final String DATABASE_UNAVAILABLE = "kkb.login.databaseUnavailable";

  static final String PASSWORD_PAGE = "/password.xhtml";
  static final String REFUSED =
      "Wrong user name or password, or too many failed attempts: wait a little and try again.";
  private static final String REALM = "Basic realm=\"Kampung KB\", charset=\"UTF-8\"";

  @Inject private AccountIdentityStore identityStore;
  @EJB private AuthenticationService authentication;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.apply(request, response);
    // The path the container mapped (decoded, without ;parameters), not the raw URI: "/%61pi/x"
    // and "/api;x/x" reach the API too and must not pass through the session door.
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      return formLogin(request, context, form);
    }
    if (path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/openapi")
        || path.startsWith("/openapi/")) {
      try {
        return api(request, response, context, path);
      } catch (RuntimeException e) {
        if (!DatabaseFailures.isUnavailable(e)) {
          throw e;
        }
        // The account cannot be checked while the database restarts; the client may retry.
        response.setHeader("Retry-After", "5");
        return refuse(response, 503, "The database cannot be reached at the moment; try again.");
      }
    }
    return page(request, response, context, path);
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
    Outcome outcome;
    try {
      outcome = checkAttributed(request, form.getCaller(), form.getPasswordAsString());
    } catch (RuntimeException e) {
      if (!DatabaseFailures.isUnavailable(e)) {
        throw e;
      }
      // The login page tells the user to try again instead of "wrong password".
      request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (outcome.status() != Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id at login, so a session id planted before login is worthless.
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            SessionUser.ATTRIBUTE,
            new SessionUser(outcome.username(), outcome.credentialVersion()));
    return context.notifyContainerAboutLogin(AccountIdentityStore.result(outcome));
  }

  private AuthenticationStatus api(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      Optional<String[]> userPassword = decodeBasic(header.substring(6).strip());
      Outcome outcome =
          userPassword.map(up -> checkAttributed(request, up[0], up[1])).orElse(Outcome.refused());
      if (outcome.status() != Status.VALID) {
        // One answer for an unknown user, a wrong password and a throttled attempt alike.
        return challenge(response, REFUSED);
      }
      if (outcome.mustChangePassword() && !path.startsWith("/api/me")) {
        return refuse(
            response,
            403,
            "The password must be changed first: POST /api/me/password with currentPassword and"
                + " newPassword.");
      }
      return context.notifyContainerAboutLogin(AccountIdentityStore.result(outcome));
    }
    if (context.isProtected()) {
      return challenge(response, "Authentication required (HTTP Basic).");
    }
    return context.doNothing();
  }

  private AuthenticationStatus page(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    HttpSession session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(SessionUser.ATTRIBUTE);
    if (user instanceof SessionUser sessionUser) {
      Optional<Outcome> current =
          authentication
              .sessionAccount(sessionUser.username())
              // A password change (own or by an administrator) ends the sessions begun before it.
              .filter(o -> o.credentialVersion().equals(sessionUser.credentialVersion()));
      if (current.isEmpty()) {
        session.invalidate();
        return context.isProtected() ? toLogin(request, context) : context.doNothing();
      }
      if (current.get().mustChangePassword()
          && context.isProtected()
          && !path.equals(PASSWORD_PAGE)) {
        return context.redirect(request.getContextPath() + PASSWORD_PAGE);
      }
      return context.notifyContainerAboutLogin(
          current.get().username(), AccountIdentityStore.groups(current.get()));
    }
    return context.isProtected() ? toLogin(request, context) : context.doNothing();
  }

  private Outcome checkAttributed(HttpServletRequest request, String username, String password) {
    String address = ClientAddress.of(request);
    AuditContext.begin(username, address);
    try {
      return identityStore.check(username, password, address);
    } finally {
      AuditContext.end();
    }
  }

  /** Back to the page the user wanted after login; only paths within this application. */
  private static AuthenticationStatus toLogin(
      HttpServletRequest request, HttpMessageContext context) {
    boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
    String wanted =
        ajax
            ? pageOfAjaxRequest(request)
            : request.getRequestURI().substring(request.getContextPath().length());
    if (!ajax && request.getQueryString() != null) {
      wanted += "?" + request.getQueryString();
    }
    String target = request.getContextPath() + LOGIN_PAGE;
    if (!wanted.equals("/") && !wanted.startsWith(LOGIN_PAGE)) {
      target += "?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
    }
    if (ajax) {
      // An AJAX request cannot follow a 302 to an HTML page; Faces' partial response can redirect.
      try {
        HttpServletResponse response = context.getResponse();
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;")
                    + "\"/></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return context.redirect(target);
  }

  /** The page an AJAX request came from (its Referer, when on this server), to return there. */
  private static String pageOfAjaxRequest(HttpServletRequest request) {
    String fallback = request.getRequestURI().substring(request.getContextPath().length());
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return fallback;
    }
    try {
      URI uri = URI.create(referer);
      if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
        return fallback;
      }
      String path = uri.getRawPath();
      if (path == null || !path.startsWith(request.getContextPath())) {
        return fallback;
      }
      String local = path.substring(request.getContextPath().length());
      return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  static Optional<String[]> decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", REALM);
    return refuse(response, 401, detail);
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, int status, String detail) {
    try {
      Response problem = Problems.status(status, detail);
      response.setStatus(status);
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write((String) problem.getEntity());
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
