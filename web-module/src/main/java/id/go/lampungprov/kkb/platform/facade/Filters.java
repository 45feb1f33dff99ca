package id.go.lampungprov.kkb.platform.facade;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** List filters as they arrive from a query string or a filter form: blank means "any". */
public final class Filters {

  private Filters() {}

  /**
   * Filters by name, from a page's fields: {@code named("q", q, "status", status)}, in that order;
   * a value may be null (not filtered).
   */
  public static Map<String, String> named(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, String> filters = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      filters.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return filters;
  }

  /** The value without surrounding spaces; empty when absent or blank. */
  public static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
