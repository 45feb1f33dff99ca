package id.go.lampungprov.kkb.coaching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyLevel;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoachingEventTest {

  static final RegionCode SIDODADI = RegionCode.of("18.07.04.2003");
  static final LocalDateTime START = LocalDateTime.of(2020, 6, 5, 9, 0);

  static EventDetails details(LocalDateTime start, LocalDateTime end, int quota) {
    KampungKb kkb =
        new KampungKb(
            SIDODADI,
            new KampungKb.Details(
                "Kampung KB Sidodadi", null, LocalDate.of(2016, 6, 13), null, null, Set.of()),
            ModelStatus.NONE,
            Instant.now());
    return new EventDetails(
        EventType.COE_COACHING,
        "Pembinaan COE",
        new Agency("DPPPA", "Dinas PPPA Provinsi Lampung", AgencyLevel.PROVINCE),
        List.of(),
        start,
        end,
        "Balai Desa Sidodadi",
        SIDODADI,
        List.of(kkb),
        null,
        quota,
        null);
  }

  static CoachingEvent event(int quota) {
    return new CoachingEvent(details(START, START.plusHours(3), quota), START.minusDays(7));
  }

  static Participant walkIn(CoachingEvent event, String name, Sex sex) {
    return new Participant(event, null, name, sex, null, ParticipantCategory.CADRE, null);
  }

  @Test
  void anEventEndsAfterItStarts() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> details(START, START.minusHours(1), 20));
    assertEquals("endsAt", e.field());
    assertEquals("after-start", e.rule());
    assertThrows(InvalidInputException.class, () -> details(START, START, 20));
  }

  @Test
  void theQuotaIsAHardLimit() {
    CoachingEvent event = event(2);
    walkIn(event, "Siti Rahayu", Sex.FEMALE);
    walkIn(event, "Budi Santoso", Sex.MALE);
    ConflictException full =
        assertThrows(ConflictException.class, () -> walkIn(event, "Sri Wahyuni", Sex.FEMALE));
    assertEquals("quota", full.rule());
    assertEquals(2, event.capacity().participantCount());
  }

  @Test
  void aReportedEventIsFrozenUntilReopened() {
    CoachingEvent event = event(20);
    Participant p = walkIn(event, "Siti Rahayu", Sex.FEMALE);
    event.markHeld(START.plusMinutes(5));
    assertThrows(InvalidInputException.class, event::markReported, "minutes first");
    event.recordMinutes(new Minutes("Ketua", "Sekretaris", "Diskusi", "Keputusan"), null);
    event.markReported();

    assertEquals(
        "frozen",
        assertThrows(ConflictException.class, () -> event.replaceAgenda(List.of())).rule());
    assertEquals(
        "frozen",
        assertThrows(
                ConflictException.class,
                () -> p.record(Attendance.PRESENT, CheckInChannel.STAFF, START))
            .rule());
    assertThrows(ConflictException.class, () -> walkIn(event, "Budi", Sex.MALE));

    event.reopen("Koreksi jumlah peserta");
    assertEquals(EventStatus.HELD, event.status());
    p.record(Attendance.PRESENT, CheckInChannel.STAFF, START);
    assertEquals(Attendance.PRESENT, p.attendance());
  }

  @Test
  void theReportDraftIsBoundedAndFrozenWithTheEvent() {
    CoachingEvent event = event(20);
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () -> new ReportDraft(null, null, null, null, "x".repeat(4001), null, null, null));
    assertEquals("obstacles", tooLong.field());
    assertEquals("max-length", tooLong.rule());
    ReportDraft draft =
        new ReportDraft(
            " ", null, null, "1. UU 52/2009;\n\n  2) Inpres 3/2022\n", "Hujan", null, null, null);
    assertNull(draft.background(), "blank is not written");
    assertEquals(List.of("UU 52/2009;", "Inpres 3/2022"), draft.legalBasisList());
    event.recordReportDraft(draft);
    assertEquals("Hujan", event.record().reportDraft().obstacles());
    event.markHeld(START.plusMinutes(5));
    event.recordMinutes(new Minutes("Ketua", "Sekretaris", "Diskusi", "Keputusan"), null);
    event.markReported();
    assertEquals(
        "frozen",
        assertThrows(ConflictException.class, () -> event.recordReportDraft(draft)).rule());
  }

  @Test
  void aCancelledEventTakesNoAttendance() {
    CoachingEvent event = event(20);
    Participant p = walkIn(event, "Siti Rahayu", Sex.FEMALE);
    event.cancel("Banjir");
    ConflictException e =
        assertThrows(
            ConflictException.class, () -> p.record(Attendance.PRESENT, CheckInChannel.QR, START));
    assertEquals("cancelled", e.rule());
  }

  @Test
  void anEventIsHeldOnlyOnceItStarted() {
    CoachingEvent event = event(20);
    assertEquals(
        "not-started",
        assertThrows(ConflictException.class, () -> event.markHeld(START.minusHours(1))).rule());
  }

  @Test
  void totalsCountByAttendanceCategoryAndSex() {
    CoachingEvent event = event(20);
    List<Participant> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(walkIn(event, "Peserta " + i, i < 14 ? Sex.FEMALE : Sex.MALE));
    }
    for (int i = 0; i < 20; i++) {
      all.get(i)
          .record(i < 18 ? Attendance.PRESENT : Attendance.EXCUSED, CheckInChannel.STAFF, START);
    }
    AttendanceTotals totals = AttendanceTotals.of(all);
    assertEquals(20, totals.invited());
    assertEquals(18, totals.present());
    assertEquals(2, totals.byAttendance().get(Attendance.EXCUSED));
    assertEquals(14, totals.bySex().get(Sex.FEMALE)[1]);
    assertEquals(4, totals.bySex().get(Sex.MALE)[1]);
    assertEquals(18, totals.byCategory().get(ParticipantCategory.CADRE)[1]);
  }
}
