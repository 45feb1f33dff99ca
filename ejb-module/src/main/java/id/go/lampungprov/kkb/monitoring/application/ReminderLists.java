package id.go.lampungprov.kkb.monitoring.application;

import id.go.lampungprov.kkb.monitoring.domain.MissingReport;
import id.go.lampungprov.kkb.monitoring.domain.Reminder;
import id.go.lampungprov.kkb.monitoring.domain.ReminderList;
import id.go.lampungprov.kkb.monitoring.domain.ReportingDeadline;
import id.go.lampungprov.kkb.monitoring.domain.ReportingMonth;
import id.go.lampungprov.kkb.monitoring.domain.ReportingMonthRepository;
import id.go.lampungprov.kkb.monitoring.domain.ReportingMonthStatus;
import id.go.lampungprov.kkb.monitoring.domain.ReportingRates;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What is due or late for an account, from its role and scope: for a regency operator the Kampung
 * KB of its area that have not reported the last month or the one before (due soon, or late once
 * the due day passed), and the months of its regency submitted by someone else and waiting for
 * approval; for a province officer the submitted months of its area. The caller's scope is given,
 * not read from a session: the daily mail runs as nobody, the in-app list as the user.
 */
@ApplicationScoped
public class ReminderLists {

  /** Kampung KB named per month; the rest are counted. */
  public static final int NAMED = 50;

  /** Months back from the current one that are still reminded of. */
  static final int MONTHS = 2;

  @Inject private ReportingRates counts;
  @Inject private ReportingMonthRepository months;

  private final Clock clock = Clock.system(ReportingClock.ZONE);

  public ReminderList of(String username, Role role, Scope scope) {
    List<Reminder> items = new ArrayList<>();
    long missingTotal = 0;
    ReportingDeadline deadline = ReportingClock.deadline();
    Instant now = clock.instant();
    YearMonth current = YearMonth.now(clock).minusMonths(1);
    if (role == Role.REGENCY_OPERATOR) {
      for (int back = 0; back < MONTHS; back++) {
        YearMonth period = current.minusMonths(back);
        boolean overdue = deadline.isOverdue(period, now);
        for (MissingReport m : counts.missing(scope.prefix(), period, 0, NAMED)) {
          items.add(
              new Reminder(
                  Reminder.Kind.MISSING_REPORT,
                  period,
                  deadline.dueDate(period),
                  overdue,
                  m.name(),
                  m.villageCode()));
        }
        missingTotal += counts.countMissing(scope.prefix(), period);
      }
    }
    if (role == Role.REGENCY_OPERATOR || role == Role.PROVINCE_OFFICER) {
      for (ReportingMonth m :
          months.within(
              scope.prefix(), current.minusMonths(ReportingRateService.MONTHS), current)) {
        // The submitter may not approve their own month.
        if (m.status() == ReportingMonthStatus.SUBMITTED
            && !(role == Role.REGENCY_OPERATOR && m.submittedBy().orElse("").equals(username))) {
          items.add(
              new Reminder(
                  Reminder.Kind.AWAITING_APPROVAL,
                  m.period(),
                  deadline.dueDate(m.period()),
                  deadline.isOverdue(m.period(), now),
                  m.regency().value(),
                  m.regency().value()));
        }
      }
    }
    return new ReminderList(items, missingTotal);
  }

  /** The month reports are due for now. */
  public YearMonth currentPeriod() {
    return YearMonth.now(clock).minusMonths(1);
  }
}
