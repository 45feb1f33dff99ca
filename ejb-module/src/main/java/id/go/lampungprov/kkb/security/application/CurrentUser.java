package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;

/**
 * The account behind the current call. Its role and scope come from {@link AccountCache}: at most
 * {@link AccountCache#MAX_AGE} old and dropped on every instance right after a change commits, so a
 * changed role, scope or deactivation applies to the next request without a row read per request.
 */
@RequestScoped
public class CurrentUser {

  @Inject private Principal principal;
  @Inject private AccountCache cache;
  @Inject private AccountRepository accounts;

  private AccountSnapshot snapshot;
  private Account account;

  public CurrentUser() {
    // for CDI
  }

  /** For tests: one request of this caller. */
  CurrentUser(Principal principal, AccountCache cache, AccountRepository accounts) {
    this.principal = principal;
    this.cache = cache;
    this.accounts = accounts;
  }

  /** The caller's active account as read a moment ago. */
  public AccountSnapshot snapshot() {
    if (snapshot == null) {
      String name = principal == null ? null : principal.getName();
      snapshot =
          (name == null ? Optional.<AccountSnapshot>empty() : cache.find(name))
              .orElseThrow(() -> new AccessDeniedException("no active account for this request"));
    }
    return snapshot;
  }

  /** The caller's account row, for the few operations that change it or check against it. */
  public Account account() {
    if (account == null) {
      account =
          accounts
              .findByUsername(snapshot().username())
              .filter(Account::active)
              .orElseThrow(() -> new AccessDeniedException("no active account for this request"));
    }
    return account;
  }

  public Scope scope() {
    return snapshot().scope();
  }

  public String username() {
    return snapshot().username();
  }
}
