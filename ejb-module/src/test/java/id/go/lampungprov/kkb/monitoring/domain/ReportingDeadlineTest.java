package id.go.lampungprov.kkb.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The due day in Lampung time, and the counts of a rate. */
class ReportingDeadlineTest {

  private static final YearMonth MAY = YearMonth.of(2020, 5);

  @Test
  void dueByTheEndOfTheDueDayOfTheNextMonthInWib() {
    ReportingDeadline tenth = new ReportingDeadline(10);
    assertEquals(LocalDate.of(2020, 6, 10), tenth.dueDate(MAY));
    // 23:59 WIB on the 10th is 16:59 UTC: on time; midnight WIB of the 11th is late.
    assertTrue(tenth.onTime(MAY, Instant.parse("2020-06-10T16:59:59Z")));
    assertFalse(tenth.onTime(MAY, Instant.parse("2020-06-10T17:00:00Z")));
    assertFalse(tenth.isOverdue(MAY, Instant.parse("2020-06-10T16:59:59Z")));
    assertTrue(tenth.isOverdue(MAY, Instant.parse("2020-06-10T17:00:00Z")));
  }

  @Test
  void aDueDayPastTheMonthIsItsLastDay() {
    assertEquals(
        LocalDate.of(2021, 2, 28), new ReportingDeadline(31).dueDate(YearMonth.of(2021, 1)));
    assertThrows(IllegalArgumentException.class, () -> new ReportingDeadline(0));
    assertThrows(IllegalArgumentException.class, () -> new ReportingDeadline(32));
  }

  @Test
  void aRateCountsLateAndMissingFromItsCounts() {
    ReportingRate rate = new ReportingRate("18.07", MAY, 8, 6, 4);
    assertEquals(2, rate.late());
    assertEquals(2, rate.missing());
    assertEquals(Optional.of(new BigDecimal("75.0")), rate.rate());
    assertEquals(Optional.empty(), ReportingRate.none("18.07", MAY).rate());
    ReportingRate sum = rate.plus(new ReportingRate("18.08", MAY, 2, 2, 2));
    assertEquals(10, sum.expected());
    assertEquals(Optional.of(new BigDecimal("80.0")), sum.rate());
    assertThrows(IllegalArgumentException.class, () -> new ReportingRate("18.07", MAY, 1, 2, 0));
  }
}
