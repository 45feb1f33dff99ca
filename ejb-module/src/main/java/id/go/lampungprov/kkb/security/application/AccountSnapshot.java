package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import java.time.Instant;
import java.util.Optional;

/**
 * An active account as read at one moment, immutable, so that it can be kept in memory and shared
 * between requests: what establishes a caller (role, scope, pending password change, credential
 * version) and what the caller sees of their own account.
 *
 * @param credentialVersion changes with every password change; sessions and remembered passwords
 *     keep it
 */
public record AccountSnapshot(
    Long id,
    String username,
    String fullName,
    String nip,
    String email,
    Role role,
    Scope scope,
    boolean mustChangePassword,
    Instant lastLoginAt,
    Instant createdAt,
    long version,
    String credentialVersion) {

  public static AccountSnapshot of(Account account) {
    return new AccountSnapshot(
        account.id(),
        account.username(),
        account.fullName(),
        account.nip().map(Nip::value).orElse(null),
        account.email().orElse(null),
        account.role(),
        account.scope(),
        account.mustChangePassword(),
        account.lastLoginAt().orElse(null),
        account.createdAt(),
        account.version(),
        LoginProtection.credentialVersion(account));
  }

  public Optional<Instant> lastLogin() {
    return Optional.ofNullable(lastLoginAt);
  }
}
