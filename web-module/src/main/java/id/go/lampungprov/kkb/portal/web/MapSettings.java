package id.go.lampungprov.kkb.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The map's tile server: {@code KKB_MAP_TILES} (MicroProfile Config {@code kkb.map.tiles}), a
 * Leaflet tile URL template such as {@code https://tiles.example.org/{z}/{x}/{y}.png}. Unset: no
 * tiles are loaded, the points are drawn on a plain background, and the page loads nothing from
 * another server. Only http and https URLs are taken.
 */
@Named("mapSettings")
@ApplicationScoped
public class MapSettings {

  private final String tiles;
  private final String origin;

  public MapSettings() {
    this(ConfigProvider.getConfig().getOptionalValue("kkb.map.tiles", String.class).orElse(""));
  }

  MapSettings(String configured) {
    String t = configured == null ? "" : configured.strip();
    Optional<String> o = origin(t);
    this.tiles = o.isPresent() ? t : "";
    this.origin = o.orElse("");
  }

  /** The tile URL template, or empty: no tiles. */
  public String getTiles() {
    return tiles;
  }

  /** The tile server's origin as a CSP source ({@code {s}} subdomains as {@code *}), or empty. */
  public String tileOrigin() {
    return origin;
  }

  static Optional<String> origin(String template) {
    if (template.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(template.replace("{s}", "s").replaceAll("\\{[a-z]+\\}", "0"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
        return Optional.empty();
      }
      String host =
          template.contains("{s}.") ? "*." + hostAfterSubdomain(uri.getHost()) : uri.getHost();
      return Optional.of(scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String hostAfterSubdomain(String host) {
    int dot = host.indexOf('.');
    return dot < 0 ? host : host.substring(dot + 1);
  }

  /** The policy with {@code origin} added to its img-src (or an img-src made for it). */
  static String withImages(String policy, String origin) {
    if (origin.isEmpty()) {
      return policy;
    }
    if (policy.contains("img-src ")) {
      return policy.replaceFirst("img-src ", "img-src " + origin.replace("$", "\\$") + " ");
    }
    return policy + "; img-src 'self' data: " + origin;
  }
}
