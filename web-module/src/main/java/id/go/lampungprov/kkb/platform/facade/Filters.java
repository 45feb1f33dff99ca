package id.go.lampungprov.kkb.platform.facade;

import java.util.Optional;

/** List filters as they arrive from a query string or a filter form: blank means "any". */
public final class Filters {

  private Filters() {}

  /** The value without surrounding spaces; empty when absent or blank. */
  public static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
