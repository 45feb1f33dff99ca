package id.go.lampungprov.kkb.platform.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiltersTest {

  /** A page's filters keep their order (the export's file name follows it) and their nulls. */
  @Test
  void namedFiltersKeepTheirOrderAndBlanks() {
    Map<String, String> filters = Filters.named("status", "ACTIVE", "q", null, "region", "18.07");
    assertEquals(List.of("status", "q", "region"), new ArrayList<>(filters.keySet()));
    assertEquals("18.07", filters.get("region"));
    assertTrue(filters.containsKey("q") && filters.get("q") == null);
    assertThrows(IllegalArgumentException.class, () -> Filters.named("q"));
  }

  @Test
  void aBlankValueIsNoFilter() {
    assertEquals(Optional.empty(), Filters.given("  "));
    assertEquals(Optional.of("a"), Filters.given(" a "));
  }
}
