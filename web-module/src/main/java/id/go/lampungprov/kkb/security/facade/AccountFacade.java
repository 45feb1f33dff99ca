package id.go.lampungprov.kkb.security.facade;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.security.application.AccountCommands;
import id.go.lampungprov.kkb.security.application.AccountService;
import id.go.lampungprov.kkb.security.application.AccountSnapshot;
import id.go.lampungprov.kkb.security.application.CurrentUser;
import id.go.lampungprov.kkb.security.application.LoginProtection;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Parses requests into commands and answers with DTOs. */
@ApplicationScoped
public class AccountFacade {

  @EJB private AccountService accounts;
  @Inject private AuditTrail audit;
  @Inject private LoginProtection protection;
  @Inject private CurrentUser currentUser;

  public PageDto<AccountDto> list(String text, Integer page, Integer size) {
    Optional<String> filter =
        Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    Page<Account> result = accounts.list(filter, PageRequest.of(page, size));
    return PageDto.of(result, this::dto);
  }

  public AccountDto get(long id) {
    return dto(accounts.get(id));
  }

  public AccountDto create(AccountRequest r) {
    return dto(
        accounts.create(
            new AccountCommands.Create(
                r.username, profile(r), role(r.role), Scope.of(r.scope), r.temporaryPassword)));
  }

  public AccountDto update(long id, AccountUpdateRequest r) {
    return dto(
        accounts.update(
            id,
            new AccountCommands.Update(
                profile(r), role(r.role), Scope.of(r.scope), r.active, r.version)));
  }

  private static Account.Profile profile(AccountDetails r) {
    return new Account.Profile(r.fullName, nip(r.nip), r.email);
  }

  public AccountDto resetPassword(long id, String temporaryPassword) {
    return dto(accounts.resetPassword(id, temporaryPassword));
  }

  public AccountDto unlock(long id) {
    return dto(accounts.unlock(id));
  }

  /**
   * The caller's own account as read a moment ago ({@link CurrentUser#snapshot()}): the API's most
   * frequent call reads no row and calls no enterprise bean.
   */
  public AccountDto me() {
    return dto(currentUser.snapshot(), true);
  }

  public void changeOwnPassword(String currentPassword, String newPassword) {
    accounts.changeOwnPassword(currentPassword, newPassword);
  }

  public void recordLogout() {
    AuditRecord logout = AuditRecord.event(AuditAction.LOGOUT, "Account", null, null);
    try {
      Account me = accounts.me();
      logout =
          AuditRecord.event(AuditAction.LOGOUT, "Account", me.auditId(), null).in(me.auditRegion());
    } catch (RuntimeException e) {
      // Deactivated meanwhile: the logout is still recorded, about no region (province only).
    }
    audit.append(logout);
  }

  AccountDto dto(Account a) {
    return dto(AccountSnapshot.of(a), a.active());
  }

  private AccountDto dto(AccountSnapshot a, boolean active) {
    // "Locked" now means: some address must wait before trying this user name again.
    Optional<Instant> delayed = protection.delayedUntil(a.username());
    return new AccountDto(
        a.id(),
        a.username(),
        a.fullName(),
        a.nip(),
        a.email(),
        a.role().name(),
        a.scope().code(),
        active,
        a.mustChangePassword(),
        delayed.isPresent(),
        delayed.orElse(null),
        a.lastLoginAt(),
        a.createdAt(),
        a.version());
  }

  private static Nip nip(String text) {
    return text == null || text.isBlank() ? null : Nip.parse("nip", text);
  }

  private static Role role(String text) {
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(
          "role",
          "enum",
          "role must be one of ADMIN, PROVINCE_OFFICER, REGENCY_OPERATOR, ASSESSOR, VIEWER");
    }
  }
}
