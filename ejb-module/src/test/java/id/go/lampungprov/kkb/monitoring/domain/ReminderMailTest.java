package id.go.lampungprov.kkb.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderMailTest {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  /** November's report of Kampung KB Mawar, due on 10 December, not late yet. */
  private static Reminder mawar() {
    return new Reminder(
        Reminder.Kind.MISSING_REPORT,
        NOVEMBER,
        LocalDate.of(2026, 12, 10),
        false,
        "Kampung KB Mawar",
        "18.07.04.2003");
  }

  @Test
  void namesTheKampungKbTheirDueDateAndWhatIsLate() {
    ReminderList list =
        new ReminderList(
            List.of(
                mawar(),
                new Reminder(
                    Reminder.Kind.MISSING_REPORT,
                    NOVEMBER.minusMonths(1),
                    LocalDate.of(2026, 11, 10),
                    true,
                    "Kampung KB Melati",
                    "18.07.04.2004"),
                new Reminder(
                    Reminder.Kind.AWAITING_APPROVAL,
                    NOVEMBER,
                    LocalDate.of(2026, 12, 10),
                    false,
                    "18.07",
                    "18.07")),
            5);
    ReminderMail mail = ReminderMail.of(list, NOVEMBER);
    assertTrue(mail.subject().contains("2026-11"), mail.subject());
    String body = mail.body();
    assertTrue(body.contains("Kampung KB Mawar (18.07.04.2003), batas 2026-12-10\n"), body);
    assertTrue(
        body.contains("Kampung KB Melati (18.07.04.2004), batas 2026-11-10, TERLAMBAT"), body);
    assertTrue(body.contains("Kampung KB Melati (18.07.04.2004), due 2026-11-10, LATE"), body);
    assertTrue(body.contains("… dan 3 lainnya."), body);
    assertTrue(body.contains("menunggu persetujuan:\n- 2026-11  18.07"), body);
  }

  @Test
  void withoutApprovalsThereIsNoApprovalSection() {
    ReminderList list = new ReminderList(List.of(mawar()), 1);
    String body = ReminderMail.of(list, NOVEMBER).body();
    assertFalse(body.contains("persetujuan"), body);
    assertFalse(body.contains("lainnya"), body);
  }
}
