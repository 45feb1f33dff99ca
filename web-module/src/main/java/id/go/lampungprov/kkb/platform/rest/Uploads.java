package id.go.lampungprov.kkb.platform.rest;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads an uploaded request body, never more than the limit, so a huge upload cannot fill memory.
 */
public final class Uploads {

  private Uploads() {}

  public static byte[] read(InputStream body, long maxBytes, String field) {
    if (body == null) {
      throw new InvalidInputException(field, "required", "the request has no body");
    }
    try {
      byte[] data = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (data.length > maxBytes) {
        throw new InvalidInputException(
            field, "max-size", "the file is larger than " + maxBytes + " bytes");
      }
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException("the upload was interrupted", e);
    }
  }
}
