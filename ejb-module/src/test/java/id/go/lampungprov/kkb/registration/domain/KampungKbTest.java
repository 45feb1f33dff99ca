package id.go.lampungprov.kkb.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KampungKbTest {

  private static final RegionCode SIDODADI = RegionCode.of("18.07.04.2003");
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  private static KampungKb.Details details(Set<FormationCriterion> criteria) {
    return new KampungKb.Details(
        "Kampung KB Sidodadi", null, LocalDate.of(2017, 3, 14), null, null, criteria);
  }

  @Test
  void aKampungKbIsAVillage() {
    assertEquals(
        "villageCode",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new KampungKb(
                        RegionCode.of("18.07.04"), details(Set.of()), ModelStatus.NONE, NOW))
            .field());
  }

  @Test
  void declarationDateIsRequiredAndNotBefore2016() {
    assertEquals(
        "declarationDate",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new KampungKb.Details(
                        "X", null, LocalDate.of(2015, 12, 31), null, null, Set.of()))
            .field());
    assertThrows(
        InvalidInputException.class,
        () -> new KampungKb.Details("X", null, null, null, null, Set.of()));
  }

  @Test
  void formationCriteriaNeedBothMainAndOneArea() {
    assertFalse(
        new KampungKb(SIDODADI, details(Set.of(FormationCriterion.COASTAL)), ModelStatus.NONE, NOW)
            .meetsFormationCriteria());
    assertTrue(
        new KampungKb(
                SIDODADI,
                details(
                    Set.of(
                        FormationCriterion.POOR_FAMILIES_ABOVE_AVERAGE,
                        FormationCriterion.KB_PARTICIPATION_BELOW_AVERAGE,
                        FormationCriterion.COASTAL)),
                ModelStatus.NONE,
                NOW)
            .meetsFormationCriteria());
  }

  @Test
  void deactivationNeedsAReasonAndADateAfterTheDeclaration() {
    KampungKb kkb = new KampungKb(SIDODADI, details(Set.of()), ModelStatus.REGENCY_MODEL, NOW);
    assertEquals(
        "reason",
        assertThrows(
                InvalidInputException.class, () -> kkb.deactivate(" ", LocalDate.of(2020, 1, 1)))
            .field());
    assertEquals(
        "since",
        assertThrows(
                InvalidInputException.class,
                () -> kkb.deactivate("Pemekaran", LocalDate.of(2016, 1, 1)))
            .field());
    kkb.deactivate("Pemekaran", LocalDate.of(2020, 1, 1));
    assertEquals(KampungKbStatus.INACTIVE, kkb.status());
    assertThrows(
        InvalidInputException.class, () -> kkb.deactivate("Lagi", LocalDate.of(2021, 1, 1)));
  }

  @Test
  void locationMustLieInIndonesia() {
    assertEquals(
        "latitude", assertThrows(InvalidInputException.class, () -> new GeoPoint(40, 105)).field());
    assertEquals(
        "longitude", assertThrows(InvalidInputException.class, () -> new GeoPoint(-5, 10)).field());
    assertEquals(-5.123457, new GeoPoint(-5.1234567, 105.5).latitude());
  }
}
