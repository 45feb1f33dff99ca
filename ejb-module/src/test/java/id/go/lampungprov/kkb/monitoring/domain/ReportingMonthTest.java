package id.go.lampungprov.kkb.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A regency's month: open → submitted → approved (locked), back to open only with a reason. */
class ReportingMonthTest {

  private static final Instant AT = Instant.parse("2020-06-05T02:00:00Z");
  private static final RegionCode REGENCY = RegionCode.of("18.07");
  private static final YearMonth MAY = YearMonth.of(2020, 5);

  private static ReportingMonth submitted() {
    ReportingMonth month = new ReportingMonth(REGENCY, MAY);
    month.submit("operator1", AT);
    return month;
  }

  @Test
  void aNewMonthIsOpenAndNotLocked() {
    ReportingMonth month = new ReportingMonth(REGENCY, MAY);
    assertEquals(ReportingMonthStatus.OPEN, month.status());
    assertFalse(month.locked());
    assertEquals("18.07/2020-05", month.auditId());
  }

  @Test
  void onlyARegencyHasReportingMonths() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> new ReportingMonth(RegionCode.of("18.07.04"), MAY));
    assertEquals("regency-level", e.rule());
  }

  @Test
  void anotherRegencyAccountApprovesAndTheMonthIsLocked() {
    ReportingMonth month = submitted();
    assertEquals(Optional.of("operator1"), month.submittedBy());
    month.approve("operator2", false, AT.plusSeconds(60));
    assertEquals(ReportingMonthStatus.APPROVED, month.status());
    assertTrue(month.locked());
    assertEquals(Optional.of("operator2"), month.approvedBy());
    assertEquals(Optional.of(AT.plusSeconds(60)), month.approvedAt());
  }

  @Test
  void theSubmitterCannotApproveTheirOwnMonthButTheProvinceMay() {
    ReportingMonth month = submitted();
    assertThrows(AccessDeniedException.class, () -> month.approve("operator1", false, AT));
    assertEquals(ReportingMonthStatus.SUBMITTED, month.status());
    month.approve("operator1", true, AT);
    assertTrue(month.locked());
  }

  @Test
  void anOpenMonthCannotBeApprovedNorReopened() {
    ReportingMonth month = new ReportingMonth(REGENCY, MAY);
    ConflictException approve =
        assertThrows(ConflictException.class, () -> month.approve("officer", true, AT));
    assertEquals("status-open", approve.rule());
    ConflictException reopen =
        assertThrows(ConflictException.class, () -> month.reopen("officer", "salah", AT));
    assertEquals("status-open", reopen.rule());
  }

  @Test
  void aSubmittedOrApprovedMonthCannotBeSubmittedAgain() {
    ReportingMonth month = submitted();
    assertEquals(
        "status-submitted",
        assertThrows(ConflictException.class, () -> month.submit("operator1", AT)).rule());
    month.approve("officer", true, AT);
    assertEquals(
        "status-approved",
        assertThrows(ConflictException.class, () -> month.submit("operator1", AT)).rule());
    assertEquals(
        "status-approved",
        assertThrows(ConflictException.class, () -> month.approve("officer", true, AT)).rule());
  }

  @Test
  void reopeningNeedsAReasonAndUnlocks() {
    ReportingMonth month = submitted();
    month.approve("officer", true, AT);
    InvalidInputException noReason =
        assertThrows(InvalidInputException.class, () -> month.reopen("officer", " ", AT));
    assertEquals("reason", noReason.field());
    assertTrue(month.locked());

    month.reopen("officer", "angka PUS Desa X salah ketik", AT.plusSeconds(5));
    assertEquals(ReportingMonthStatus.OPEN, month.status());
    assertFalse(month.locked());
    assertEquals(Optional.of("angka PUS Desa X salah ketik"), month.reopenReason());
    assertEquals(Optional.of("officer"), month.reopenedBy());
    assertEquals(Optional.empty(), month.approvedBy());
    assertEquals("angka PUS Desa X salah ketik", month.currentAuditState().get("reopenReason"));
    // and round again
    month.submit("operator1", AT.plusSeconds(10));
    assertEquals(ReportingMonthStatus.SUBMITTED, month.status());
  }

  @Test
  void aSubmittedMonthMayBeReopenedToo() {
    ReportingMonth month = submitted();
    month.reopen("officer", "belum lengkap", AT);
    assertEquals(ReportingMonthStatus.OPEN, month.status());
  }
}
