package id.go.lampungprov.kkb.region.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @Test
  void sidodadiIsADesaInPekalonganLampungTimur() {
    RegionCode sidodadi = RegionCode.of("18.07.04.2003");
    assertEquals(RegionLevel.VILLAGE, sidodadi.level());
    assertEquals(Optional.of(VillageType.DESA), sidodadi.villageType());
    assertEquals(Optional.of(RegionCode.of("18.07.04")), sidodadi.parent());
    assertEquals(
        List.of(RegionCode.of("18"), RegionCode.of("18.07"), RegionCode.of("18.07.04")),
        sidodadi.ancestors());
    assertEquals("18", sidodadi.provinceCode());
    assertTrue(sidodadi.isWithin(RegionCode.of("18.07")));
    assertFalse(sidodadi.isWithin(RegionCode.of("18.01")));
  }

  @Test
  void aCodeNamesTheRegionsItLiesInAtEachLevelItReaches() {
    RegionCode sidodadi = RegionCode.of("18.07.04.2003");
    assertEquals(Optional.of(RegionCode.of("18.07")), sidodadi.at(RegionLevel.REGENCY));
    assertEquals(Optional.of(RegionCode.of("18.07.04")), sidodadi.at(RegionLevel.DISTRICT));
    assertEquals(Optional.of(sidodadi), sidodadi.at(RegionLevel.VILLAGE));
    RegionCode lampungTimur = RegionCode.of("18.07");
    assertEquals(Optional.of(RegionCode.of("18")), lampungTimur.at(RegionLevel.PROVINCE));
    assertEquals(Optional.of(lampungTimur), lampungTimur.at(RegionLevel.REGENCY));
    assertEquals(Optional.empty(), lampungTimur.at(RegionLevel.DISTRICT));
    assertEquals(Optional.empty(), RegionCode.of("18").at(RegionLevel.REGENCY));
  }

  @Test
  void levelsFollowTheNumberOfParts() {
    assertEquals(RegionLevel.PROVINCE, RegionCode.of("18").level());
    assertEquals(RegionLevel.REGENCY, RegionCode.of("18.71").level());
    assertEquals(RegionLevel.DISTRICT, RegionCode.of("18.71.01").level());
    assertEquals(Optional.empty(), RegionCode.of("18").parent());
    assertEquals(Optional.empty(), RegionCode.of("18.71").villageType());
  }

  @Test
  void kelurahanCodesStartWithOne() {
    assertEquals(Optional.of(VillageType.KELURAHAN), RegionCode.of("18.71.01.1001").villageType());
  }

  @Test
  void isWithinDoesNotConfuseSiblingPrefixes() {
    assertFalse(RegionCode.of("18.71.01").isWithin(RegionCode.of("18.07")));
    assertFalse(RegionCode.of("18.07").isWithin(RegionCode.of("18.07.04")));
    assertTrue(RegionCode.of("18.07.04").isWithin(RegionCode.of("18.07.04")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "180", "18.7", "18.07.4", "18.07.04.203", "18-07", "ab", " 18"})
  void rejectsMalformedCodesNamingTheRule(String bad) {
    InvalidRegionCodeException e =
        assertThrows(InvalidRegionCodeException.class, () -> RegionCode.parse("code", bad));
    assertEquals("code", e.field());
    assertEquals("region-code", e.rule());
    assertTrue(e.getMessage().contains("18.07.04.2003"), e.getMessage());
  }

  @Test
  void abbreviatesHugeInputInTheMessage() {
    String huge = "9".repeat(10_000);
    InvalidRegionCodeException e =
        assertThrows(InvalidRegionCodeException.class, () -> RegionCode.of(huge));
    assertTrue(e.getMessage().length() < 400, "message length " + e.getMessage().length());
  }
}
