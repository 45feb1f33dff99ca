package id.go.lampungprov.kkb.coaching.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.ConflictException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CheckInWindowTest {

  private static final LocalDateTime START = LocalDateTime.of(2020, 6, 5, 9, 0);
  private static final Duration HOUR = Duration.ofMinutes(60);

  @Test
  void opensASetTimeBeforeTheStartAndClosesAtTheEnd() {
    CheckInWindow w = CheckInWindow.of(START, START.plusHours(3).plusMinutes(30), HOUR);
    assertEquals(LocalDateTime.of(2020, 6, 5, 8, 0), w.opensAt());
    assertEquals(LocalDateTime.of(2020, 6, 5, 12, 30), w.closesAt());
    assertEquals("not-yet-open", w.refusal(START.minusMinutes(61)));
    assertNull(w.refusal(START.minusMinutes(60)));
    assertNull(w.refusal(START.plusHours(3).plusMinutes(29)));
    assertEquals("closed", w.refusal(START.plusHours(3).plusMinutes(30)));
  }

  @Test
  void withoutAnEndTimeItClosesAtTheEndOfTheDay() {
    CheckInWindow w = CheckInWindow.of(START, null, HOUR);
    assertEquals(LocalDateTime.of(2020, 6, 6, 0, 0), w.closesAt());
    assertNull(w.refusal(LocalDateTime.of(2020, 6, 5, 23, 59)));
    assertEquals("closed", w.refusal(LocalDateTime.of(2020, 6, 6, 0, 0)));
  }

  @Test
  void anEventTomorrowOrLastWeekIsRefusedWithItsRule() {
    CheckInWindow w = CheckInWindow.of(START, START.plusHours(2), HOUR);
    assertEquals(
        "not-yet-open",
        assertThrows(ConflictException.class, () -> w.require(START.minusDays(1))).rule());
    assertEquals(
        "closed", assertThrows(ConflictException.class, () -> w.require(START.plusDays(7))).rule());
    assertDoesNotThrow(() -> w.require(START.plusMinutes(5)));
  }

  @Test
  void followsTheEventsCurrentTimes() {
    CoachingEvent event = CoachingEventTest.event(20);
    CheckInWindow w = CheckInWindow.of(event, HOUR);
    assertEquals(event.schedule().startsAt().minusHours(1), w.opensAt());
    assertEquals(event.schedule().endsAt(), w.closesAt());
  }
}
