package id.go.lampungprov.kkb.platform.rest;

import id.go.lampungprov.kkb.shared.domain.PreconditionRequiredException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.ws.rs.core.EntityTag;

/** Entity versions as HTTP entity tags: {@code ETag: "v3"}, and back from {@code If-Match}. */
public final class Versions {

  private Versions() {}

  public static EntityTag tag(long version) {
    return new EntityTag("v" + version);
  }

  /**
   * The version an If-Match header names, for a change to a stored record: without the header the
   * change is refused (428), so a client cannot overwrite a change it never read. {@code *} says
   * "whatever is stored" on purpose and is accepted (null).
   */
  public static Long required(String header) {
    if (header == null || header.isBlank()) {
      throw new PreconditionRequiredException(
          "Send If-Match with the ETag of the record you read (or * to overwrite any version).");
    }
    return fromIfMatch(header);
  }

  /**
   * The version an If-Match header names; null when absent or {@code *}. A tag this server never
   * issued cannot match anything: 412.
   */
  public static Long fromIfMatch(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return null;
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    if (tag.startsWith("v")) {
      try {
        return Long.parseLong(tag.substring(1));
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw new StaleVersionException(
        "If-Match " + header + " does not name a version of this record");
  }
}
