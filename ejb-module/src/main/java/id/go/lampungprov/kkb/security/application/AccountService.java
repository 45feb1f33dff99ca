package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditContext;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.PasswordHasher;
import id.go.lampungprov.kkb.security.domain.PasswordPolicy;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Account administration within the administrator's own scope, and each user's own password.
 * Changes are audited by the entity listener; password changes additionally as their own event.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountService {

  static final String ENTITY = "Account";

  @Inject private AccountRepository accounts;
  @Inject private ScopeGuard scopeGuard;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private LoginProtection protection;
  @EJB private RegionService regions;
  // Every instance forgets what it remembered of the account once the change is committed.
  @Inject private Event<AccountChanged> changed;

  public Page<Account> list(Optional<String> text, PageRequest page) {
    return accounts.findWithin(
        scopeGuard.scope(), scopeGuard.administersNationalAccounts(), text, page);
  }

  public Account get(long id) {
    return scopeGuard.readableAccount(accounts.find(id), Account::scope, ENTITY, id);
  }

  public Account create(AccountCommands.Create command) {
    String username = Account.normalizeUsername(command.username());
    checkScope(command.scope());
    currentUser.account().requireMayGrant(command.role(), null);
    PasswordPolicy.check("temporaryPassword", username, command.temporaryPassword());
    if (accounts.findByUsername(username).isPresent()) {
      throw new ConflictException("username", "the user name '" + username + "' is taken");
    }
    Account account =
        new Account(
            username,
            command.profile(),
            command.role(),
            command.scope(),
            PasswordHasher.hash(command.temporaryPassword().toCharArray()),
            Instant.now());
    accounts.add(account);
    return account;
  }

  public Account update(long id, AccountCommands.Update command) {
    Account account = get(id);
    scopeGuard.checkAccountWrite(account.scope());
    if (command.version() != null && command.version() != account.version()) {
      throw new StaleVersionException("account " + id + " was changed by someone else; reload it");
    }
    checkScope(command.scope());
    if (account.username().equals(currentUser.username())
        && (!command.active() || command.role() != Role.ADMIN)) {
      throw new InvalidInputException(
          "role", "self-lockout", "administrators cannot deactivate or demote themselves");
    }
    currentUser.account().requireMayGrant(command.role(), account);
    account.apply(command.profile());
    account.assign(command.role(), command.scope());
    account.activate(command.active());
    changed.fire(new AccountChanged(account.username()));
    return account;
  }

  public Account resetPassword(long id, String temporaryPassword) {
    Account account = get(id);
    scopeGuard.checkAccountWrite(account.scope());
    PasswordPolicy.check("temporaryPassword", account.username(), temporaryPassword);
    account.resetPassword(PasswordHasher.hash(temporaryPassword.toCharArray()));
    // Ends the user's sessions (their credential version changed) and cached API passwords.
    protection.passwordChanged(account.username());
    changed.fire(new AccountChanged(account.username()));
    audit.append(
        AuditRecord.event(
                AuditAction.PASSWORD_CHANGE, ENTITY, account.auditId(), "reset by administrator")
            .in(account.auditRegion()));
    return account;
  }

  public Account unlock(long id) {
    Account account = get(id);
    scopeGuard.checkAccountWrite(account.scope());
    protection.unlock(account.username());
    return account;
  }

  /** The caller's own account. */
  @RolesAllowed(Role.Names.STAFF)
  public Account me() {
    return currentUser.account();
  }

  /**
   * Any user changes their own password, proving they know the current one. A wrong current
   * password counts as a failed login (a stolen session must not become a way to guess the
   * password); the change ends the user's other sessions and cached API passwords.
   */
  @RolesAllowed(Role.Names.STAFF)
  public void changeOwnPassword(String currentPassword, String newPassword) {
    Account account = currentUser.account();
    if (currentPassword == null
        || currentPassword.length() > PasswordPolicy.MAX_LENGTH
        || protection.check(
                account.username(),
                Optional.of(account),
                currentPassword,
                AuditContext.clientAddress())
            == LoginProtection.Check.REFUSED) {
      throw new InvalidInputException(
          "currentPassword", "password-mismatch", "the current password is not correct");
    }
    PasswordPolicy.check("newPassword", account.username(), newPassword);
    if (newPassword.equals(currentPassword)) {
      throw new InvalidInputException(
          "newPassword", "password-reuse", "the new password must differ from the current one");
    }
    account.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
    protection.passwordChanged(account.username());
    changed.fire(new AccountChanged(account.username()));
    audit.append(
        AuditRecord.event(
                AuditAction.PASSWORD_CHANGE, ENTITY, account.auditId(), "changed by owner")
            .in(account.auditRegion()));
  }

  private void checkScope(Scope scope) {
    if (scope == null) {
      throw new InvalidInputException("scope", "required", "a scope (region code) is required");
    }
    // The national scope is no region of the gazetteer; which roles hold it is the account's rule.
    Optional<RegionCode> region = scope.region();
    if (region.isPresent() && regions.findRegion(region.get()).isEmpty()) {
      throw new InvalidInputException(
          "scope", "unknown-region", "no region " + scope + " is loaded");
    }
    if (region.isPresent() && region.get().level() == RegionLevel.VILLAGE) {
      throw new InvalidInputException(
          "scope", "scope-level", "a scope is a province, regency or district, not a village");
    }
    scopeGuard.checkAccountWrite(scope);
  }
}
