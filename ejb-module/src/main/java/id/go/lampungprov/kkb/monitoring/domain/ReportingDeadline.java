package id.go.lampungprov.kkb.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * When a month's figures are due: by the end of the due day of the following month, Lampung time
 * (WIB). A due day past the month's length is its last day (31 → 28 February).
 *
 * @param dueDay 1–28 typically; {@code KKB_REPORT_DUE_DAY}, default {@link #DEFAULT_DUE_DAY}
 */
public record ReportingDeadline(int dueDay) {

  public static final int DEFAULT_DUE_DAY = 10;
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  public ReportingDeadline {
    if (dueDay < 1 || dueDay > 31) {
      throw new IllegalArgumentException("the due day is a day of the month, 1–31: " + dueDay);
    }
  }

  /** The last day on which the month's figures count as on time. */
  public LocalDate dueDate(YearMonth period) {
    YearMonth next = period.plusMonths(1);
    return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
  }

  /** The first instant that is late: the start of the day after the due day, WIB. */
  public Instant lateFrom(YearMonth period) {
    return dueDate(period).plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /** Whether figures first recorded at {@code reportedAt} came in by the due day. */
  public boolean onTime(YearMonth period, Instant reportedAt) {
    return reportedAt.isBefore(lateFrom(period));
  }

  /** Whether the due day of the month has passed at {@code now}. */
  public boolean isOverdue(YearMonth period, Instant now) {
    return !now.isBefore(lateFrom(period));
  }
}
