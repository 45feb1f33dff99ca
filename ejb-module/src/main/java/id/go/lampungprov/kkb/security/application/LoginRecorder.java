package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.FailedLoginDigest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writes of a login, each in a short transaction of its own after the password was checked: the
 * account row is locked only for the update of its last login, never while PBKDF2 runs.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginRecorder {

  @Inject private AccountRepository accounts;
  @Inject private AuditTrail audit;
  @Inject private Event<AccountChanged> changed;

  /** The login time changed: the caller's own account is read afresh, on every instance. */
  public void succeeded(String username, Instant now) {
    accounts
        .findByUsernameForUpdate(username)
        .ifPresent(
            account -> {
              account.recordSuccessfulLogin(now);
              audit.append(
                  AuditRecord.event(AuditAction.LOGIN_SUCCESS, "Account", account.auditId(), null)
                      .in(account.auditRegion()),
                  username);
              changed.fire(new AccountChanged(account.username()));
            });
  }

  /** One entry per summary: the running or final count of a window of failures. */
  public void failures(List<FailedLoginDigest.Summary> summaries) {
    for (FailedLoginDigest.Summary s : summaries) {
      // A known account's failures belong to its scope; unknown names to no region (province only).
      Optional<Account> account =
          LoginProtection.UNKNOWN_USER.equals(s.username())
              ? Optional.empty()
              : accounts.findByUsername(s.username());
      String entityId = account.map(Account::auditId).orElse(null);
      AuditRecord record =
          new AuditRecord(
              AuditAction.LOGIN_FAILURE,
              "Account",
              entityId,
              null,
              Map.of(
                  "failures", String.valueOf(s.failures()),
                  "refusedUnchecked", String.valueOf(s.refused()),
                  "first", s.first().toString(),
                  "last", s.last().toString()),
              s.detail(),
              null);
      audit.append(account.map(a -> record.in(a.auditRegion())).orElse(record), s.username());
    }
  }
}
