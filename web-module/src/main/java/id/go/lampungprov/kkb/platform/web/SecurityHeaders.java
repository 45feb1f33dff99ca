package id.go.lampungprov.kkb.platform.web;

import id.go.lampungprov.kkb.platform.rest.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, pages, API, files and error pages alike. Faces pages replace
 * the Content-Security-Policy with PrimeFaces' own (web.xml {@code primefaces.CSP_POLICY}), which
 * adds the nonce its scripts need; see {@link SecurityHeadersFilter}.
 */
public final class SecurityHeaders {

  public static final String CSP = "Content-Security-Policy";

  /**
   * Everything that is not a Faces page (JSON, files, the plain error and verification pages): no
   * script at all, only inline styles and images; framed by this application only (the report
   * preview shows a PDF from {@code /unduh} in a frame).
   */
  static final String DEFAULT_POLICY =
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline';"
          + " frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

  /**
   * One year; browsers honour it only over TLS, where it keeps them from ever trying plain HTTP.
   */
  static final String HSTS = "max-age=31536000";

  private SecurityHeaders() {}

  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    // The Referer stays within the application (the login returns an AJAX request to its page).
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(CSP, DEFAULT_POLICY);
    if (request.isSecure() || PublicUrl.configuredHttps()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
  }
}
