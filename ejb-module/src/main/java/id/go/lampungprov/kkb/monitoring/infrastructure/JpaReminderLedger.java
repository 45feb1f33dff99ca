package id.go.lampungprov.kkb.monitoring.infrastructure;

import id.go.lampungprov.kkb.monitoring.domain.ReminderLedger;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The recipients read from the accounts, the claims in {@code reminder_mail} (V30), each in a
 * transaction of its own so the claim is visible to the other instances before the mail goes out.
 */
@ApplicationScoped
public class JpaReminderLedger extends JpaRepository implements ReminderLedger {

  @Override
  public List<Recipient> recipients() {
    return em
        .createQuery(
            "SELECT a FROM Account a WHERE a.active = TRUE AND a.email IS NOT NULL"
                + " AND a.role IN :roles ORDER BY a.username",
            Account.class)
        .setParameter("roles", List.of(Role.REGENCY_OPERATOR, Role.PROVINCE_OFFICER))
        .getResultList()
        .stream()
        .map(
            a ->
                new Recipient(
                    a.username(), a.email().orElseThrow(), a.role().name(), a.scope().code()))
        .toList();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public boolean claim(String username, LocalDate day, Instant now) {
    Number taken =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM reminder_mail WHERE username = ? AND sent_on = ?")
                .setParameter(1, username)
                .setParameter(2, Date.valueOf(day))
                .getSingleResult();
    if (taken.longValue() > 0) {
      return false;
    }
    // Two instances may both count 0: the primary key lets one insert win, the other throws.
    em.createNativeQuery("INSERT INTO reminder_mail (username, sent_on, sent_at) VALUES (?, ?, ?)")
        .setParameter(1, username)
        .setParameter(2, Date.valueOf(day))
        .setParameter(3, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)))
        .executeUpdate();
    return true;
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void release(String username, LocalDate day) {
    em.createNativeQuery("DELETE FROM reminder_mail WHERE username = ? AND sent_on = ?")
        .setParameter(1, username)
        .setParameter(2, Date.valueOf(day))
        .executeUpdate();
  }
}
