package id.go.lampungprov.kkb.portal.web;

import id.go.lampungprov.kkb.platform.rest.Problems;
import id.go.lampungprov.kkb.platform.web.ClientAddress;
import id.go.lampungprov.kkb.portal.application.PublicRequestBudget;
import id.go.lampungprov.kkb.portal.facade.PublicTags;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Every request to the public portal passes here: the pages under {@code /publik/} and the API
 * under {@code /api/public/}.
 *
 * <ul>
 *   <li>The API is open to pages of other sites for reading: {@code Access-Control-Allow-Origin: *}
 *       on GET and HEAD, a preflight (OPTIONS) allows GET with {@code If-None-Match}; nothing else
 *       is offered, and no credentials are sent cross-site.
 *   <li>Each client address has a request budget ({@link PublicRequestBudget}); past it the answer
 *       is 429 with {@code Retry-After}, as problem+json for the API.
 *   <li>A page is tagged ({@link PublicPageTags}) and answered 304 without rendering while the
 *       browser's copy is current. The 304 carries no Content-Security-Policy, so the browser keeps
 *       the policy stored with its copy, whose nonce matches that copy's scripts; the nonce of a
 *       cached public page is reused, which is acceptable because these pages show no input of
 *       their visitors.
 *   <li>The map page may load tiles from {@code KKB_MAP_TILES}'s server: its origin is added to the
 *       page's {@code img-src}, and nothing else is loosened.
 * </ul>
 */
@WebFilter(
    urlPatterns = {"/publik/*", "/api/public/*"},
    dispatcherTypes = DispatcherType.REQUEST)
public class PublicRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient PublicRequestBudget budget;
  @Inject private transient MapSettings map;
  @Inject private transient PublicTags tags;
  private transient PublicPageTags pages;

  @Override
  public void init() throws ServletException {
    pages = new PublicPageTags(getServletContext());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    if (api) {
      response.setHeader("Access-Control-Allow-Origin", "*");
      response.setHeader("Access-Control-Expose-Headers", "ETag, Retry-After, Content-Disposition");
      if ("OPTIONS".equals(request.getMethod())) {
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
        response.setHeader("Access-Control-Allow-Headers", "If-None-Match");
        response.setHeader("Access-Control-Max-Age", "86400");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        return;
      }
    }
    OptionalLong wait = budget.acquire(ClientAddress.of(request));
    if (wait.isPresent()) {
      tooMany(response, api, wait.getAsLong());
      return;
    }
    if (!api && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      String tag = pages.tag(tags, request);
      response.setHeader("ETag", tag);
      response.setHeader("Cache-Control", PublicTags.CACHE_CONTROL);
      // The language may come from a cookie: a shared cache must not give one visitor's copy to
      // another without asking.
      response.setHeader("Vary", "Cookie");
      if (matches(request.getHeader("If-None-Match"), tag)) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
    }
    chain.doFilter(request, map.tileOrigin().isEmpty() ? response : new WithTiles(response));
  }

  private static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || c.equals(tag) || c.equals("W/" + tag)) {
        return true;
      }
    }
    return false;
  }

  private void tooMany(HttpServletResponse response, boolean api, long seconds) throws IOException {
    String detail =
        "Too many requests from your address (at most "
            + budget.perMinute()
            + " a minute); try again in "
            + seconds
            + " seconds.";
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(seconds));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (api) {
      response.setContentType(Problems.MEDIA_TYPE);
      response.getWriter().write(String.valueOf(Problems.status(429, detail).getEntity()));
    } else {
      response.setContentType("text/plain");
      response
          .getWriter()
          .write("Terlalu banyak permintaan; coba lagi dalam " + seconds + " detik.\n" + detail);
    }
  }

  /** Adds the tile server's origin to the page's img-src, wherever the policy is set. */
  private final class WithTiles extends HttpServletResponseWrapper {

    WithTiles(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, policy(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, policy(name, value));
    }

    private String policy(String name, String value) {
      return "Content-Security-Policy".equalsIgnoreCase(name) && value != null
          ? MapSettings.withImages(value, map.tileOrigin())
          : value;
    }
  }
}
