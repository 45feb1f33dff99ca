package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.util.Optional;

public interface AccountRepository {

  Optional<Account> find(long id);

  Optional<Account> findByUsername(String username);

  /** The account locked against concurrent logins, so failed-login counts are never lost. */
  Optional<Account> findByUsernameForUpdate(String username);

  /**
   * Accounts whose scope lies within {@code scope}, ordered by user name; {@code text} narrows them
   * to a user name or full name containing it, ignoring case. {@code withNational} adds the
   * national accounts (for an administrator who looks after them, see {@code ScopeGuard}).
   */
  Page<Account> findWithin(
      Scope scope, boolean withNational, Optional<String> text, PageRequest page);

  long count();

  void add(Account account);
}
