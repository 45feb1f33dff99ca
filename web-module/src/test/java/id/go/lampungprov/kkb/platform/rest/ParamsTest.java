package id.go.lampungprov.kkb.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void aFlagIsTrueFalseOrAbsent() {
    assertTrue(Params.flag("current", "true"));
    assertTrue(Params.flag("current", " TRUE "));
    assertFalse(Params.flag("current", "false"));
    assertFalse(Params.flag("current", null));
    assertFalse(Params.flag("current", ""));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Params.flag("current", "yes"));
    assertEquals("current", e.field());
    assertEquals("boolean", e.rule());
  }

  @Test
  void anOptionalIdIsNullWhenAbsentAndNotFoundWhenNotANumber() {
    assertEquals(null, Params.optionalId("KampungKb", null));
    assertEquals(null, Params.optionalId("KampungKb", " "));
    assertEquals(42L, Params.optionalId("KampungKb", "42"));
    assertThrows(
        id.go.lampungprov.kkb.shared.domain.EntityNotFoundException.class,
        () -> Params.optionalId("KampungKb", "x"));
  }
}
