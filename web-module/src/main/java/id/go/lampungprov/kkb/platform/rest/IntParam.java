package id.go.lampungprov.kkb.platform.rest;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;

/**
 * Numeric query parameters are taken as strings and parsed here: JAX-RS answers a failed conversion
 * of a query parameter with 404, which would tell the caller nothing.
 */
public final class IntParam {

  private IntParam() {}

  /** The value, or null when absent. */
  public static Integer parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "integer", name + " must be a whole number");
    }
  }
}
