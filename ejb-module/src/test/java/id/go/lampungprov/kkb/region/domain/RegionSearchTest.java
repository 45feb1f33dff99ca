package id.go.lampungprov.kkb.region.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionSearchTest {

  private static final PageRequest FIRST = PageRequest.of(null, null);

  @Test
  void textIsTrimmed() {
    assertEquals(
        "sidodadi",
        new RegionSearch("  sidodadi ", Optional.empty(), Optional.empty(), FIRST).text());
  }

  @Test
  void tooLongTextIsRejectedWithFieldAndRule() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new RegionSearch("x".repeat(10_000), Optional.empty(), Optional.empty(), FIRST));
    assertEquals("q", e.field());
    assertEquals("max-length", e.rule());
  }

  @Test
  void needsTextOrAnAncestor() {
    assertThrows(
        InvalidInputException.class,
        () -> new RegionSearch(" ", Optional.empty(), Optional.empty(), FIRST));
  }

  @Test
  void pageBoundsAreChecked() {
    assertEquals(
        "size", assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 0)).field());
    assertEquals(
        "size", assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 201)).field());
    assertEquals(
        "page", assertThrows(InvalidInputException.class, () -> PageRequest.of(-1, 10)).field());
    assertEquals(40, PageRequest.of(2, 20).offset());
  }
}
