package id.go.lampungprov.kkb.monitoring.application;

import id.go.lampungprov.kkb.monitoring.domain.MailSender;
import id.go.lampungprov.kkb.monitoring.domain.ReminderLedger;
import id.go.lampungprov.kkb.monitoring.domain.ReminderLedger.Recipient;
import id.go.lampungprov.kkb.monitoring.domain.ReminderList;
import id.go.lampungprov.kkb.monitoring.domain.ReminderMail;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily reminder mails: at 07:00 WIB each account that enters or approves figures and has an
 * e-mail address gets the list of what is due or late, once a day. {@code @Schedule} fires on every
 * instance of a cluster; the claim in the database ({@link ReminderLedger}, a row per account and
 * day) lets exactly one of them send each mail. A failed send is logged and its claim given back,
 * so the next run (or the administrator's {@code POST /api/reminders/send}) tries again. Without
 * SMTP configured nothing is sent and nothing is claimed.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderMailing {

  private static final Logger LOG = Logger.getLogger(ReminderMailing.class.getName());

  /** What a run did: mails sent, accounts skipped (nothing due, or mailed today), failures. */
  public record Run(boolean configured, int sent, int skipped, int failed) {}

  @Inject private ReminderLists lists;
  @Inject private ReminderLedger ledger;
  @Inject private MailSender mail;

  private final Clock clock = Clock.system(ReportingClock.ZONE);

  @Schedule(hour = "7", minute = "0", timezone = "Asia/Jakarta", persistent = false)
  @PermitAll
  public void daily() {
    Run run = send();
    LOG.info(() -> "reminder mails: " + run);
  }

  /** Sends today's reminders now (operations, tests); those sent today already are not resent. */
  @RolesAllowed(Role.Names.ADMIN)
  public Run sendNow() {
    return send();
  }

  private Run send() {
    if (!mail.configured()) {
      return new Run(false, 0, 0, 0);
    }
    LocalDate today = LocalDate.now(clock);
    int sent = 0;
    int skipped = 0;
    int failed = 0;
    for (Recipient r : ledger.recipients()) {
      ReminderList list = lists.of(r.username(), Role.valueOf(r.role()), Scope.of(r.scopeCode()));
      if (list.isEmpty() || !claim(r, today)) {
        skipped++;
        continue;
      }
      ReminderMail text = ReminderMail.of(list, lists.currentPeriod());
      try {
        mail.send(r.email(), text.subject(), text.body());
        sent++;
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "reminder mail to account " + r.username() + " failed", e);
        ledger.release(r.username(), today);
      }
    }
    return new Run(true, sent, skipped, failed);
  }

  /** An insert another instance won shows as an exception: mailed by that instance. */
  private boolean claim(Recipient r, LocalDate today) {
    try {
      return ledger.claim(r.username(), today, clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "reminder to " + r.username() + " claimed elsewhere", e);
      return false;
    }
  }
}
