package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * The account behind the current call, read once per request so that a changed role, scope or
 * deactivation applies to the very next request.
 */
@RequestScoped
public class CurrentUser {

  @Inject private Principal principal;
  @Inject private AccountRepository accounts;

  private Account account;

  public Account account() {
    if (account == null) {
      String name = principal == null ? null : principal.getName();
      account =
          name == null ? null : accounts.findByUsername(name).filter(Account::active).orElse(null);
      if (account == null) {
        throw new AccessDeniedException("no active account for this request");
      }
    }
    return account;
  }

  public Scope scope() {
    return account().scope();
  }

  public String username() {
    return account().username();
  }
}
