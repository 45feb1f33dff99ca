package id.go.lampungprov.kkb.documents.infrastructure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body, for the gateway's API v1 ({@code POST /api/sign/pdf}). */
final class BsreMultipart {

  private final String boundary = "kkb-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  void field(String name, String value) {
    part("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    write(value.getBytes(StandardCharsets.UTF_8));
    write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  void file(String name, String fileName, String type, byte[] content) {
    part(
        "Content-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n");
    write(content);
    write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] body() {
    return concat(out.toByteArray(), ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private void part(String headers) {
    write(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
  }

  private void write(byte[] bytes) {
    out.write(bytes, 0, bytes.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
