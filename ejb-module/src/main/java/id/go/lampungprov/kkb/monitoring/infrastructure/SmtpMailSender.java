package id.go.lampungprov.kkb.monitoring.infrastructure;

import id.go.lampungprov.kkb.monitoring.domain.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Mail through a Jakarta Mail session built from {@code KKB_SMTP_HOST}, {@code KKB_SMTP_PORT}
 * (default 25), {@code KKB_SMTP_USER}, {@code KKB_SMTP_PASSWORD}, {@code KKB_SMTP_FROM} and {@code
 * KKB_SMTP_STARTTLS} (MicroProfile Config keys {@code kkb.smtp.*}); no host, no mail. Settings are
 * read at each send, so a changed configuration needs no restart.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

  /** Connecting and each read or write give up after this long: a dead server must not hang. */
  private static final String TIMEOUT_MILLIS = "10000";

  @Override
  public boolean configured() {
    return setting("host").isPresent();
  }

  @Override
  public void send(String to, String subject, String body) {
    String host = setting("host").orElseThrow(() -> new IllegalStateException("no SMTP host"));
    Optional<String> user = setting("user");
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", setting("port").orElse("25"));
    p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    p.put("mail.smtp.auth", String.valueOf(user.isPresent()));
    if (Boolean.parseBoolean(setting("starttls").orElse("false"))) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    Session session = Session.getInstance(p);
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(setting("from").orElse("kampung-kb@localhost")));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      if (user.isPresent()) {
        Transport.send(message, user.get(), setting("password").orElse(""));
      } else {
        Transport.send(message);
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("SMTP " + host + " refused or unreachable: " + e, e);
    }
  }

  private static Optional<String> setting(String name) {
    Config config = ConfigProvider.getConfig();
    return config.getOptionalValue("kkb.smtp." + name, String.class).filter(s -> !s.isBlank());
  }
}
