package id.go.lampungprov.kkb.documents.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NumberTemplateTest {

  private static final LocalDate REFERENCE_DAY = LocalDate.of(2020, 6, 5);

  @Test
  void aTemplateHasTheSequenceTokenAndAtMost100Characters() {
    for (String bad :
        Arrays.asList(null, "", "   ", "400.13.1/{unit}/{year}", "{seq}" + "x".repeat(96))) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> NumberTemplate.check(bad), bad);
      assertEquals("numberTemplate", e.field());
      assertEquals("seq-token", e.rule());
    }
    assertDoesNotThrow(() -> NumberTemplate.check("{seq}" + "x".repeat(95)));
    assertDoesNotThrow(() -> NumberTemplate.check("400.13.1/{seq}/{unit}/{year}"));
  }

  @Test
  void everyTokenIsReplacedByTheIssueDatesAndTheIssuersValues() {
    assertEquals(
        "400.13.1/7/DPPPA/2020",
        NumberTemplate.format(
            "400.13.1/{seq}/{unit}/{year}", 7, "400.13.1", "DPPPA", REFERENCE_DAY));
    assertEquals(
        "000.1.2.3/12/BKKBN/VI/06/2020",
        NumberTemplate.format(
            "{code}/{seq}/{unit}/{roman_month}/{month}/{year}",
            12,
            "000.1.2.3",
            "BKKBN",
            REFERENCE_DAY));
  }

  @Test
  void monthsAreRomanOrTwoDigitsAndMissingValuesLeaveNothing() {
    assertEquals(
        "I 01 XII 12",
        NumberTemplate.format("{roman_month} {month}", 1, null, null, LocalDate.of(2024, 1, 31))
            + " "
            + NumberTemplate.format(
                "{roman_month} {month}", 1, null, null, LocalDate.of(2024, 12, 1)));
    assertEquals(
        "5//-5", NumberTemplate.format("{seq}/{code}{unit}/-{seq}", 5, null, null, REFERENCE_DAY));
  }
}
