package id.go.lampungprov.kkb.monitoring.domain;

/** Sends plain-text mail, when SMTP is configured ({@code KKB_SMTP_*}). */
public interface MailSender {

  /** Whether SMTP is configured at all; without it no mail is sent and nothing is recorded. */
  boolean configured();

  /**
   * Sends one message.
   *
   * @throws IllegalStateException when the server refuses it or cannot be reached
   */
  void send(String to, String subject, String body);
}
