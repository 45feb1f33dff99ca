package id.go.lampungprov.kkb.reports.format;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** Formats dates the way Indonesian official documents print them, e.g. "Jumat, 5 Juni 2020". */
public final class IndonesianDates {

  // Fixed tables rather than Locale("id"): JDK locale data has changed spellings across versions
  // ("Jum'at" vs "Jumat"), and official documents need one stable spelling (KBBI: "Jumat").
  private static final String[] DAYS = {
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"
  };
  private static final String[] MONTHS = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember"
  };

  private IndonesianDates() {}

  /** The weekday name, e.g. "Jumat". */
  public static String weekday(LocalDate date) {
    return weekday(Objects.requireNonNull(date, "date").getDayOfWeek());
  }

  public static String weekday(DayOfWeek day) {
    return DAYS[day.getValue() - 1];
  }

  /** The month name, e.g. "Juni". */
  public static String month(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1..12, was " + month);
    }
    return MONTHS[month - 1];
  }

  /** "5 Juni 2020". */
  public static String longDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getDayOfMonth() + " " + month(date.getMonthValue()) + " " + date.getYear();
  }

  /** "Jumat, 5 Juni 2020". */
  public static String dayAndDate(LocalDate date) {
    return weekday(date) + ", " + longDate(date);
  }
}
