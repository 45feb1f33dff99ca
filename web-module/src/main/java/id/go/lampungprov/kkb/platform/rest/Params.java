package id.go.lampungprov.kkb.platform.rest;

import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Numeric query parameters are taken as strings and parsed here: JAX-RS answers a failed conversion
 * of a query parameter with 404, which would tell the caller nothing.
 */
public final class Params {

  private Params() {}

  /** The value, or null when absent. */
  public static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "integer", name + " must be a whole number");
    }
  }

  /** {@code true} or {@code false} (any case); absent or blank: false. */
  public static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException(name, "boolean", name + " must be true or false");
    };
  }

  /**
   * Whether a request's {@code Cache-Control} asks for a fresh answer ({@code no-cache}, as a
   * browser's forced reload sends): the server then computes it instead of using a kept one.
   */
  public static boolean noCache(String cacheControl) {
    return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
  }

  /** A numeric id from the path; a non-number cannot name anything, so it is not found. */
  public static long id(String entity, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new EntityNotFoundException(
          entity, value.length() > 20 ? value.substring(0, 20) : value);
    }
  }

  /** An ISO-8601 instant such as 2026-01-31T00:00:00Z, or null when absent. */
  /** An optional id filter: null when absent or blank, else {@link #id}'s checks. */
  public static Long optionalId(String entity, String value) {
    return value == null || value.isBlank() ? null : id(entity, value);
  }

  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name, "instant", name + " must be an ISO-8601 instant, e.g. 2026-01-31T00:00:00Z");
    }
  }
}
