package id.go.lampungprov.kkb.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for every per-client limit (login throttling, check-in,
 * signature verification) and the audit trail: the TCP peer, unless that peer is a reverse proxy
 * named in {@code KKB_TRUSTED_PROXIES} (comma-separated addresses); then the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Without that setting the header is
 * ignored, since any client can write it.
 */
public final class ClientAddress {

  private static final Set<String> TRUSTED = parse(System.getenv("KKB_TRUSTED_PROXIES"));

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
  }

  static String of(String peer, String forwardedFor, Set<String> trusted) {
    if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    // Right to left: each trusted proxy appended the address it received the request from.
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (hop.isEmpty() || hop.length() > 64) {
        return peer;
      }
      if (!trusted.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }

  static Set<String> parse(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
