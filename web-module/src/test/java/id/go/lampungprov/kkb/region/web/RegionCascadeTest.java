package id.go.lampungprov.kkb.region.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The regency → district → village picker of the four pages, within the user's scope. */
class RegionCascadeTest {

  @Test
  void aProvinceOfficerPicksEveryLevel() {
    RegionCascade cascade = new RegionCascade("18");
    assertFalse(cascade.isRegencyFixed());
    assertFalse(cascade.isDistrictFixed());
    assertNull(cascade.getRegency());
    assertEquals("18", cascade.narrowest());

    cascade.setRegency("18.07");
    cascade.setDistrict("18.07.04");
    cascade.setVillage("18.07.04.2003");
    assertEquals("18.07.04", cascade.narrowest());
    cascade.districtChanged();
    assertNull(cascade.getVillage());

    cascade.setVillage("18.07.04.2003");
    cascade.regencyChanged();
    assertNull(cascade.getDistrict(), "the district belonged to the old regency");
    assertNull(cascade.getVillage());
    assertEquals("18.07", cascade.narrowest());
  }

  @Test
  void theScopeFixesTheLevelsItReaches() {
    RegionCascade regency = new RegionCascade("18.07");
    assertTrue(regency.isRegencyFixed());
    assertFalse(regency.isDistrictFixed());
    assertEquals("18.07", regency.getRegency());
    assertNull(regency.getDistrict());

    RegionCascade district = new RegionCascade("18.07.04");
    assertTrue(district.isDistrictFixed());
    assertEquals("18.07", district.getRegency());
    assertEquals("18.07.04", district.getDistrict());
    district.setVillage("18.07.04.2003");
    district.regencyChanged();
    assertEquals("18.07.04", district.getDistrict(), "a fixed district stays");
    assertNull(district.getVillage());
  }

  @Test
  void aNationalAccountFixesNothingAndAnUnfilteredListIsTheWholeCountry() {
    RegionCascade national = new RegionCascade("ID");
    assertFalse(national.isRegencyFixed());
    assertFalse(national.isDistrictFixed());
    assertEquals("", national.narrowest(), "no region: the services read the whole country");
    national.setRegency("31.71");
    assertEquals("31.71", national.narrowest());
  }

  @Test
  void aRecordBeingCorrectedStartsAtItsVillage() {
    RegionCascade cascade = new RegionCascade("18");
    cascade.startAt("18.07.04.2003");
    assertEquals("18.07", cascade.getRegency());
    assertEquals("18.07.04", cascade.getDistrict());
    assertEquals("18.07.04.2003", cascade.getVillage());
  }

  @Test
  void aScopeThatNamesNoRegionFixesNothing() {
    RegionCascade cascade = new RegionCascade("");
    assertFalse(cascade.isRegencyFixed());
    assertEquals("", cascade.narrowest());
  }
}
