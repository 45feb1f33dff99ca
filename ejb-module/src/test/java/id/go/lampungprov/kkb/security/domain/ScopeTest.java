package id.go.lampungprov.kkb.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.domain.InvalidRegionCodeException;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScopeTest {

  private static final Scope LAMPUNG = Scope.of("18");
  private static final Scope LAMPUNG_TIMUR = Scope.of("18.07");

  @Test
  void idIsTheNationalScopeCoveringEveryRegion() {
    Scope national = Scope.of("ID");
    assertSame(Scope.NATIONAL, national);
    assertTrue(national.isNational());
    assertEquals(Optional.empty(), national.region());
    assertEquals("ID", national.code());
    assertEquals("ID", national.toString());
    for (String code : new String[] {"18", "31.71", "18.07.04", "94.71.01.1001"}) {
      assertTrue(national.covers(RegionCode.of(code)), code);
    }
    assertTrue(national.covers(LAMPUNG));
    assertTrue(national.covers(national));
  }

  @Test
  void noRegionalScopeCoversTheCountry() {
    assertFalse(LAMPUNG.covers(Scope.NATIONAL));
    assertFalse(LAMPUNG_TIMUR.covers(Scope.NATIONAL));
    assertTrue(LAMPUNG.covers(LAMPUNG_TIMUR));
    assertFalse(LAMPUNG_TIMUR.covers(LAMPUNG));
    assertFalse(LAMPUNG.covers(RegionCode.of("31.71")));
  }

  @Test
  void queriesTakeOnePathThePrefixIsEmptyForTheCountry() {
    assertEquals("", Scope.NATIONAL.prefix());
    assertEquals("%", Scope.NATIONAL.descendantsPattern());
    assertEquals("18.07", LAMPUNG_TIMUR.prefix());
    assertEquals("18.07.%", LAMPUNG_TIMUR.descendantsPattern());
    assertEquals("18.07", LAMPUNG_TIMUR.code());
  }

  @Test
  void whetherTheWholeScopeLiesWithinAnAskedRegion() {
    assertTrue(LAMPUNG_TIMUR.isWithin(RegionCode.of("18")));
    assertTrue(LAMPUNG_TIMUR.isWithin(RegionCode.of("18.07")));
    assertFalse(LAMPUNG.isWithin(RegionCode.of("18.07")));
    assertFalse(Scope.NATIONAL.isWithin(RegionCode.of("18")), "the country lies in no region");
  }

  @Test
  void malformedCodesAreRefusedNamingTheScope() {
    for (String code : new String[] {"id", "IDN", "18-07", "", "XX"}) {
      InvalidRegionCodeException e =
          assertThrows(InvalidRegionCodeException.class, () -> Scope.of(code), code);
      assertEquals("scope", e.field(), code);
    }
  }

  @Test
  void equalScopesAreEqual() {
    assertEquals(Scope.of("18.07"), Scope.of(RegionCode.of("18.07")));
    assertEquals(Scope.of("ID").hashCode(), Scope.NATIONAL.hashCode());
    assertFalse(Scope.NATIONAL.equals(LAMPUNG));
  }
}
