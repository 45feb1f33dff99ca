package id.go.lampungprov.kkb.reports.format;

import java.time.LocalDate;

/**
 * Numbers and dates in Indonesian words, as a berita acara writes them: "Pada hari ini Jumat
 * tanggal lima bulan Juni tahun dua ribu dua puluh".
 */
public final class IndonesianNumbers {

  private static final String[] UNITS = {
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas"
  };

  private IndonesianNumbers() {}

  /**
   * 0 to 999,999 in words: 11 "sebelas", 100 "seratus", 1000 "seribu", 2020 "dua ribu dua puluh".
   */
  public static String words(int n) {
    if (n < 0 || n > 999_999) {
      throw new IllegalArgumentException("0 to 999999: " + n);
    }
    if (n < 12) {
      return UNITS[n];
    }
    if (n < 20) {
      return UNITS[n - 10] + " belas";
    }
    if (n < 100) {
      return UNITS[n / 10] + " puluh" + rest(n % 10);
    }
    if (n < 200) {
      return "seratus" + rest(n - 100);
    }
    if (n < 1000) {
      return UNITS[n / 100] + " ratus" + rest(n % 100);
    }
    if (n < 2000) {
      return "seribu" + rest(n - 1000);
    }
    return words(n / 1000) + " ribu" + rest(n % 1000);
  }

  private static String rest(int n) {
    return n == 0 ? "" : " " + words(n);
  }

  /** "Jumat tanggal lima bulan Juni tahun dua ribu dua puluh". */
  public static String dateInWords(LocalDate date) {
    return IndonesianDates.weekday(date)
        + " tanggal "
        + words(date.getDayOfMonth())
        + " bulan "
        + IndonesianDates.month(date.getMonthValue())
        + " tahun "
        + words(date.getYear());
  }
}
