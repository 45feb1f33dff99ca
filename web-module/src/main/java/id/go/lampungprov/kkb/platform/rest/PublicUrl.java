package id.go.lampungprov.kkb.platform.rest;

import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's public address, ending in "/": {@code KKB_PUBLIC_URL} behind a reverse proxy,
 * else the address the request came in on. Printed in QR codes, so it must work from outside.
 */
public final class PublicUrl {

  private PublicUrl() {}

  public static String base(UriInfo uriInfo) {
    return ConfigProvider.getConfig()
        .getOptionalValue("kkb.public.url", String.class)
        .map(u -> u.endsWith("/") ? u : u + "/")
        .orElse(uriInfo.getBaseUri().resolve("../").toString());
  }
}
