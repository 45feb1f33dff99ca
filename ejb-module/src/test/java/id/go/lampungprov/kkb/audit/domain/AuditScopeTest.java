package id.go.lampungprov.kkb.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import org.junit.jupiter.api.Test;

class AuditScopeTest {

  @Test
  void aRegencySeesItsOwnEntriesOnly() {
    AuditScope lampungTimur = new AuditScope(RegionCode.of("18.07"));
    assertTrue(lampungTimur.sees("18.07"));
    assertTrue(lampungTimur.sees("18.07.04.2003"));
    assertFalse(lampungTimur.sees("18.01"));
    assertFalse(lampungTimur.sees("18"), "the province's own entries");
    assertFalse(lampungTimur.sees(null), "entries about no region");
    assertFalse(lampungTimur.seesEntriesWithoutRegion());
  }

  @Test
  void theProvinceSeesEverythingInItIncludingEntriesAboutNoRegion() {
    AuditScope lampung = new AuditScope(RegionCode.of("18"));
    assertTrue(lampung.sees("18"));
    assertTrue(lampung.sees("18.01.02"));
    assertTrue(lampung.sees(null));
    assertFalse(lampung.sees("31.71"));
  }

  @Test
  void theNationalReaderSeesEveryEntryThroughTheEmptyPrefix() {
    AuditScope national = AuditScope.national();
    assertTrue(national.sees("18.07.04.2003"));
    assertTrue(national.sees("31.71"));
    assertTrue(national.sees(null));
    assertTrue(national.seesEntriesWithoutRegion());
    assertEquals("", national.prefix());
    assertEquals("18.07", new AuditScope(RegionCode.of("18.07")).prefix());
  }

  @Test
  void aRecordIsAboutNoRegionUnlessPlacedInOne() {
    AuditRecord event = AuditRecord.event(AuditAction.LOGOUT, "Account", "7", null);
    assertNull(event.region());
    assertEquals("18.07", event.in(RegionCode.of("18.07")).region());
    assertNull(event.in(null).region());
    assertThrows(
        RuntimeException.class,
        () -> new AuditRecord(AuditAction.LOGOUT, "Account", "7", null, null, null, "18-07"));
  }
}
