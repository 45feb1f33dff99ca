package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.audit.domain.AuditContext;
import id.go.lampungprov.kkb.platform.web.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tells the audit trail who acts in this request and from which address. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestAuditFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    AuditContext.begin(request.getRemoteUser(), ClientAddress.of(request));
    try {
      chain.doFilter(request, response);
    } finally {
      AuditContext.end();
    }
  }
}
