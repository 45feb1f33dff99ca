package id.go.lampungprov.kkb.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

  /** families 400, PUS 300, 180 users of which 60 MKJP, 30 IAT + 15 TIAL. */
  static Figures typical(int pus, int pill) {
    return new Figures(
        400, pus, 120, 90, 80, 70, 40, 35, 30, 20, 25, 20, 5, 1, 10, 34, 70, pill, 10, 20, 30, 15,
        150);
  }

  @Test
  void derivesCprMkjpAndUnmetNeed() {
    Figures f = typical(300, 40);
    assertEquals(180, f.users());
    assertEquals(60, f.mkjpUsers());
    assertEquals(new BigDecimal("60.00"), f.cpr().orElseThrow());
    assertEquals(new BigDecimal("33.33"), f.mkjpShare().orElseThrow());
    assertEquals(new BigDecimal("15.00"), f.unmetNeed().orElseThrow());
  }

  @Test
  void withoutPusNothingIsAssessableRatherThanBest() {
    Figures f = new Figures(10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    assertTrue(f.cpr().isEmpty());
    assertTrue(f.unmetNeed().isEmpty());
    assertTrue(f.mkjpShare().isEmpty());
  }

  @Test
  void moreUsersThanPusIsRefusedNamingTheRule() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> typical(150, 40));
    assertEquals("users", e.field());
    assertEquals("users-within-pus", e.rule());
  }

  @Test
  void nonUsersMustFitInPusToo() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> typical(200, 5));
    assertEquals("nonUsers", e.field());
  }

  @Test
  void negativesAndParticipantsBeyondFamiliesAreRefused() {
    assertEquals("min", assertThrows(InvalidInputException.class, () -> typical(300, -1)).rule());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new Figures(10, 5, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertEquals("bkbParticipants", e.field());
  }
}
