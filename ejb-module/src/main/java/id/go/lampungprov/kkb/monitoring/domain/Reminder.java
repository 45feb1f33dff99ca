package id.go.lampungprov.kkb.monitoring.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Something due or late for a user: a Kampung KB's month of figures not yet recorded ({@link
 * Kind#MISSING_REPORT}, {@code name} the Kampung KB, {@code code} its village), or a regency's
 * month submitted and waiting for approval ({@link Kind#AWAITING_APPROVAL}, {@code code} the
 * regency).
 */
public record Reminder(
    Kind kind, YearMonth period, LocalDate dueDate, boolean overdue, String name, String code) {

  /** What the reminder is about. */
  public enum Kind {
    MISSING_REPORT,
    AWAITING_APPROVAL
  }
}
