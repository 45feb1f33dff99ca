package id.go.lampungprov.kkb.monitoring.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * The text of a reminder e-mail, in Bahasa Indonesia with English below. It names Kampung KB and
 * regions only: no person, no password, no link with a token, so a mail read by the wrong person
 * gives away nothing but what is missing.
 */
public record ReminderMail(String subject, String body) {

  public static ReminderMail of(ReminderList list, YearMonth period) {
    StringBuilder id = new StringBuilder();
    StringBuilder en = new StringBuilder();
    List<Reminder> missing =
        list.items().stream().filter(r -> r.kind() == Reminder.Kind.MISSING_REPORT).toList();
    List<Reminder> approvals =
        list.items().stream().filter(r -> r.kind() == Reminder.Kind.AWAITING_APPROVAL).toList();
    if (!missing.isEmpty()) {
      id.append("Laporan bulanan Kampung KB yang belum masuk (")
          .append(list.missingTotal())
          .append("):\n");
      en.append("Monthly reports of Kampung KB not yet recorded (")
          .append(list.missingTotal())
          .append("):\n");
      for (Reminder r : missing) {
        String line =
            "- "
                + r.period()
                + "  "
                + r.name()
                + " ("
                + r.code()
                + "), batas "
                + r.dueDate()
                + (r.overdue() ? ", TERLAMBAT" : "")
                + "\n";
        id.append(line);
        en.append(line.replace(", batas ", ", due ").replace("TERLAMBAT", "LATE"));
      }
      if (list.missingTotal() > missing.size()) {
        id.append("… dan ").append(list.missingTotal() - missing.size()).append(" lainnya.\n");
        en.append("… and ").append(list.missingTotal() - missing.size()).append(" more.\n");
      }
    }
    if (!approvals.isEmpty()) {
      id.append("\nBulan yang menunggu persetujuan:\n");
      en.append("\nMonths awaiting approval:\n");
      for (Reminder r : approvals) {
        String line = "- " + r.period() + "  " + r.code() + "\n";
        id.append(line);
        en.append(line);
      }
    }
    String body =
        id
            + "\nSilakan masuk ke Sistem Informasi Kampung KB untuk melengkapinya.\n\n----\n\n"
            + en
            + "\nPlease sign in to the Kampung KB information system to complete them.\n";
    return new ReminderMail(
        "Pengingat laporan bulanan Kampung KB " + period + " / Monthly report reminder", body);
  }
}
