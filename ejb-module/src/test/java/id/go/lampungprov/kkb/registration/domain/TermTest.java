package id.go.lampungprov.kkb.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermTest {

  private static Term term(String start, String end) {
    return new Term(LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
  }

  @Test
  void openTermsOverlapEverythingAfterTheirStart() {
    assertTrue(term("2024-01-01", null).overlaps(term("2030-01-01", null)));
    assertTrue(term("2024-01-01", null).overlaps(term("2020-01-01", "2024-01-01")));
    assertFalse(term("2024-01-01", null).overlaps(term("2020-01-01", "2023-12-31")));
  }

  @Test
  void consecutiveTermsDoNotOverlap() {
    assertFalse(term("2020-01-01", "2025-06-30").overlaps(term("2025-07-01", null)));
    assertTrue(term("2020-01-01", "2025-07-01").overlaps(term("2025-07-01", null)));
  }

  @Test
  void aTermCannotEndBeforeItStarts() {
    assertEquals(
        "termEnd",
        assertThrows(InvalidInputException.class, () -> term("2024-01-02", "2024-01-01")).field());
    assertEquals(
        "termStart", assertThrows(InvalidInputException.class, () -> new Term(null, null)).field());
  }
}
