package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;

/** What administrators send to create or change accounts, already parsed into domain values. */
public final class AccountCommands {

  private AccountCommands() {}

  public record Create(
      String username, Account.Profile profile, Role role, Scope scope, String temporaryPassword) {}

  /**
   * @param version the version the administrator edited; a different current version is a conflict
   */
  public record Update(
      Account.Profile profile, Role role, Scope scope, boolean active, Long version) {}
}
