package id.go.lampungprov.kkb.platform.rest;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's public address, ending in "/": {@code KKB_PUBLIC_URL} when set, else the
 * address the request came in on, but only when its host is one of {@code KKB_ALLOWED_HOSTS}
 * (default {@code localhost,127.0.0.1}). Printed in signed PDFs and QR codes, so a forged {@code
 * Host} header must never end up there: a request for any other host is refused (400, rule {@code
 * host-not-allowed}).
 */
public final class PublicUrl {

  static final String DEFAULT_ALLOWED_HOSTS = "localhost,127.0.0.1";

  private PublicUrl() {}

  public static String base(UriInfo uriInfo) {
    Config config = ConfigProvider.getConfig();
    return resolve(
        config.getOptionalValue("kkb.public.url", String.class),
        config.getOptionalValue("kkb.allowed.hosts", String.class).orElse(DEFAULT_ALLOWED_HOSTS),
        uriInfo.getBaseUri());
  }

  /**
   * The same for a Faces page's request: as if it had come in on the application's {@code /unduh}
   * path, so the host checks are the REST resources' own.
   */
  public static String base(HttpServletRequest request) {
    Config config = ConfigProvider.getConfig();
    URI requestBase;
    try {
      requestBase =
          new URI(
              request.getScheme(),
              null,
              request.getServerName(),
              request.getServerPort(),
              request.getContextPath() + "/unduh/",
              null,
              null);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("Host", "host-not-allowed", "not a valid host name");
    }
    return resolve(
        config.getOptionalValue("kkb.public.url", String.class),
        config.getOptionalValue("kkb.allowed.hosts", String.class).orElse(DEFAULT_ALLOWED_HOSTS),
        requestBase);
  }

  /** Whether the configured public address is https (the session cookie is then Secure). */
  public static boolean configuredHttps() {
    return ConfigProvider.getConfig()
        .getOptionalValue("kkb.public.url", String.class)
        .map(u -> u.strip().toLowerCase(Locale.ROOT).startsWith("https://"))
        .orElse(false);
  }

  /**
   * @param requestBase the base URI of the JAX-RS application the request came in on (ending in
   *     "api/" or "unduh/")
   */
  static String resolve(Optional<String> publicUrl, String allowedHosts, URI requestBase) {
    Optional<String> configured = publicUrl.map(String::strip).filter(u -> !u.isEmpty());
    if (configured.isPresent()) {
      String u = configured.get();
      return u.endsWith("/") ? u : u + "/";
    }
    Set<String> allowed =
        Arrays.stream(allowedHosts.split(","))
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toSet());
    String host = requestBase.getHost() == null ? "" : requestBase.getHost();
    if (!allowed.contains(host.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(
          "Host",
          "host-not-allowed",
          "This address is not the application's public address; set KKB_PUBLIC_URL or add the"
              + " host to KKB_ALLOWED_HOSTS.");
    }
    return requestBase.resolve("../").toString();
  }
}
