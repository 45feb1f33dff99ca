package id.go.lampungprov.kkb.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who is to get reminder mails, and which mails went out: one per account and day, across the
 * instances of a cluster.
 */
public interface ReminderLedger {

  /** An active account with an e-mail address that enters or approves figures. */
  record Recipient(String username, String email, String role, String scopeCode) {}

  List<Recipient> recipients();

  /**
   * Claims the day's mail to the account, committed at once; false when it is claimed already (sent
   * today, or being sent by another instance).
   */
  boolean claim(String username, LocalDate day, Instant now);

  /** Gives the claim back after a failed send, committed at once: the next run tries again. */
  void release(String username, LocalDate day);
}
