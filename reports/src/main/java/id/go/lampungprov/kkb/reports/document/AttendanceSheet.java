package id.go.lampungprov.kkb.reports.document;

import java.time.LocalTime;
import java.util.List;

/**
 * The Daftar Hadir of an event: blank to sign before it, or marked with attendance after it.
 *
 * @param mark null for a draft
 * @param totals null when not marked
 */
public record AttendanceSheet(
    Letterhead letterhead,
    IssueMark mark,
    EventFacts event,
    boolean marked,
    Totals totals,
    List<Attendee> attendees)
    implements Report {

  /** What the sheet prints of a participant; never a NIK. */
  public record Attendee(
      String name,
      String affiliation,
      boolean male,
      String phone,
      Attendance attendance,
      LocalTime checkedInAt) {}

  public enum Attendance {
    PRESENT,
    EXCUSED,
    ABSENT,
    NOT_RECORDED
  }

  /** Counts of invited participants and of those present, by sex, excused and absent. */
  public record Totals(
      int invited, int present, int presentMale, int presentFemale, int excused, int absent) {}
}
