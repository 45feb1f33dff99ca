package id.go.lampungprov.kkb.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests sent from a chosen loopback address (127.0.0.2, 127.0.0.3, …), so a test can act as
 * several client machines: the server listens on all addresses and sees each as a different client.
 * Plain HTTP/1.0 over a socket, because the JDK 17 HTTP client cannot choose its source address.
 */
final class FromAddress {

  /** A response: status, headers (names in lower case) and body. */
  record Answer(int status, Map<String, String> headers, String body) {}

  private final String source;

  FromAddress(String source) {
    this.source = source;
  }

  static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String path, String username, String password) {
    return send("GET", path, Map.of("Authorization", basic(username, password)), null);
  }

  Answer send(String method, String path, Map<String, String> headers, String json) {
    URI base = URI.create(Http.BASE);
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(path).append(" HTTP/1.0\r\n");
    request
        .append("Host: ")
        .append(base.getHost())
        .append(':')
        .append(base.getPort())
        .append("\r\n");
    headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
    if (json != null) {
      request.append("Content-Type: application/json\r\n");
      request.append("Content-Length: ").append(body.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(60_000);
      socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
      socket.connect(
          new InetSocketAddress(InetAddress.getByName("127.0.0.1"), base.getPort()), 10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    return new Answer(status, headers, body);
  }
}
