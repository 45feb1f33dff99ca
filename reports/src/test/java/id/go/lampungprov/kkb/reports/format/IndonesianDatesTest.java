package id.go.lampungprov.kkb.reports.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndonesianDatesTest {

  @Test
  void referenceEventWasOnFridayNotThursday() {
    LocalDate event = LocalDate.of(2020, 6, 5);
    assertEquals("Jumat", IndonesianDates.weekday(event));
    assertEquals("Jumat, 5 Juni 2020", IndonesianDates.dayAndDate(event));
  }

  @Test
  void everyWeekdayAndMonthHasItsIndonesianName() {
    // 2024-01-01 was a Monday.
    String[] expected = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    for (int i = 0; i < 7; i++) {
      assertEquals(expected[i], IndonesianDates.weekday(LocalDate.of(2024, 1, 1).plusDays(i)));
    }
    assertEquals("17 Agustus 1945", IndonesianDates.longDate(LocalDate.of(1945, 8, 17)));
    assertEquals("Desember", IndonesianDates.month(12));
  }

  @Test
  void rejectsImpossibleMonth() {
    assertThrows(IllegalArgumentException.class, () -> IndonesianDates.month(13));
  }
}
