package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.registration.domain.Sex;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts for the activity report: invited and present, by attendance, by category and by sex.
 *
 * @param byCategory category → {invited, present}
 * @param bySex sex → {invited, present}
 */
public record AttendanceTotals(
    int invited,
    Map<Attendance, Integer> byAttendance,
    Map<ParticipantCategory, int[]> byCategory,
    Map<Sex, int[]> bySex) {

  public static AttendanceTotals of(List<Participant> participants) {
    Map<Attendance, Integer> attendance = new EnumMap<>(Attendance.class);
    for (Attendance a : Attendance.values()) {
      attendance.put(a, 0);
    }
    Map<ParticipantCategory, int[]> categories = new EnumMap<>(ParticipantCategory.class);
    Map<Sex, int[]> sexes = new EnumMap<>(Sex.class);
    for (Participant p : participants) {
      attendance.merge(p.attendance(), 1, Integer::sum);
      int present = p.attendance() == Attendance.PRESENT ? 1 : 0;
      int[] c = categories.computeIfAbsent(p.category(), k -> new int[2]);
      c[0]++;
      c[1] += present;
      int[] s = sexes.computeIfAbsent(p.sex(), k -> new int[2]);
      s[0]++;
      s[1] += present;
    }
    return new AttendanceTotals(participants.size(), attendance, categories, sexes);
  }

  public int present() {
    return byAttendance.get(Attendance.PRESENT);
  }
}
