package id.go.lampungprov.kkb.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The language of the public pages ({@code /publik/}), chosen without an HTTP session: anyone may
 * open them, and a session per visitor would let a flood of anonymous requests fill the memory
 * (and, in a cluster, the Data Grid). The language comes from {@code ?lang=} on the address, else
 * from the {@code kkb-lang} cookie that such a link sets, else Bahasa Indonesia. The staff pages
 * keep the choice in the session ({@link LocaleBacking}), which a signed-in user has anyway.
 */
@Named("publicLanguage")
@RequestScoped
public class PublicLanguage {

  public static final String PARAM = "lang";
  public static final String COOKIE = "kkb-lang";
  private static final String PUBLIC_PATH = "/publik/";
  private static final Set<String> SUPPORTED = Set.of("id", "en");
  private static final String DEFAULT = "id";

  /** Whether the request is for a public page, which must not open a session. */
  public static boolean isPublicPage(HttpServletRequest request) {
    String path = request.getServletPath();
    return path != null && path.startsWith(PUBLIC_PATH);
  }

  /** Whether the view is a public page's. */
  public static boolean isPublicView(String viewId) {
    return viewId != null && viewId.startsWith(PUBLIC_PATH);
  }

  /** The language of this request: its {@code lang} parameter, its cookie, or the default. */
  public static String of(HttpServletRequest request) {
    return chosen(request.getParameter(PARAM))
        .or(() -> cookie(request).flatMap(PublicLanguage::chosen))
        .orElse(DEFAULT);
  }

  /**
   * The locale of a public page; when the address chose the language, the cookie keeps it for the
   * next pages (which are linked without the parameter).
   */
  public static Locale locale(HttpServletRequest request, HttpServletResponse response) {
    Optional<String> asked = chosen(request.getParameter(PARAM));
    if (asked.isPresent() && !asked.equals(cookie(request))) {
      Cookie keep = new Cookie(COOKIE, asked.get());
      keep.setPath(request.getContextPath() + PUBLIC_PATH);
      keep.setMaxAge(365 * 24 * 3600);
      keep.setHttpOnly(true);
      keep.setSecure(request.isSecure());
      keep.setAttribute("SameSite", "Lax");
      response.addCookie(keep);
    }
    return Locale.forLanguageTag(of(request));
  }

  private static Optional<String> chosen(String language) {
    return Optional.ofNullable(language).filter(SUPPORTED::contains);
  }

  private static Optional<String> cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> COOKIE.equals(c.getName()))
            .map(Cookie::getValue)
            .findFirst();
  }

  /** The language of the page being rendered. */
  public String getLanguage() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }

  /** This page's address in another language: the same query, {@code lang} replaced. */
  public String link(String language) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String query = request.getQueryString();
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty())
                .filter(
                    p ->
                        !PARAM.equals(
                            URLDecoder.decode(p.split("=", 2)[0], StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&", "", "&"));
    return request.getRequestURI()
        + "?"
        + kept
        + PARAM
        + "="
        + URLEncoder.encode(chosen(language).orElse(DEFAULT), StandardCharsets.UTF_8);
  }
}
