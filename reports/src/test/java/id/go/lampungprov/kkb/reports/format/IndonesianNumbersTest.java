package id.go.lampungprov.kkb.reports.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianNumbersTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0,nol",
    "1,satu",
    "10,sepuluh",
    "11,sebelas",
    "12,dua belas",
    "19,sembilan belas",
    "20,dua puluh",
    "21,dua puluh satu",
    "31,tiga puluh satu",
    "100,seratus",
    "101,seratus satu",
    "115,seratus lima belas",
    "200,dua ratus",
    "999,sembilan ratus sembilan puluh sembilan",
    "1000,seribu",
    "1001,seribu satu",
    "2000,dua ribu",
    "2020,dua ribu dua puluh",
    "2026,dua ribu dua puluh enam",
    "11000,sebelas ribu",
    "100000,seratus ribu"
  })
  void numbersInWords(int n, String words) {
    assertEquals(words, IndonesianNumbers.words(n));
  }

  @Test
  void theReferenceDateInWords() {
    assertEquals(
        "Jumat tanggal lima bulan Juni tahun dua ribu dua puluh",
        IndonesianNumbers.dateInWords(LocalDate.of(2020, 6, 5)));
  }
}
