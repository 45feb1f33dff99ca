package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks user name and password against the account store. There is no lock-out: failures slow down
 * the next attempts of the same user name and client address (see {@link LoginProtection}), and an
 * unknown user name, a wrong password and a throttled attempt get the same answer.
 */
@Stateless
@PermitAll
public class AuthenticationService {

  public enum Status {
    VALID,
    INVALID
  }

  /**
   * What the web tier needs to establish the caller.
   *
   * @param credentialVersion changes with every password change; staff sessions keep it
   */
  public record Outcome(
      Status status,
      String username,
      Role role,
      boolean mustChangePassword,
      String credentialVersion) {
    public static Outcome refused() {
      return new Outcome(Status.INVALID, null, null, false, null);
    }

    public static Outcome valid(AccountSnapshot account) {
      return new Outcome(
          Status.VALID,
          account.username(),
          account.role(),
          account.mustChangePassword(),
          account.credentialVersion());
    }
  }

  @Inject private AccountRepository accounts;
  @Inject private AccountCache cache;
  @Inject private LoginProtection protection;
  @EJB private LoginRecorder recorder;

  /**
   * No transaction here: PBKDF2 (210,000 iterations) runs without holding any row lock, and the
   * writes that follow take short transactions of their own.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome authenticate(String username, String password, String clientAddress) {
    // The caller has already asked RememberedCallers (memory only, no bean call): a password
    // verified
    // a moment ago for the account as it still is never comes here. Whatever does is read once, for
    // the password check and for what is remembered of it; a password remembered meanwhile is still
    // answered without PBKDF2 (LoginProtection's REMEMBERED).
    String name = RememberedCallers.normalize(username);
    Optional<Account> account = accounts.findByUsername(name).filter(Account::active);
    account.ifPresent(cache::remember);
    return switch (protection.check(name, account, password, clientAddress)) {
      case REFUSED -> Outcome.refused();
      // A remembered password writes nothing: API clients call often.
      case REMEMBERED -> valid(account.get());
      case VERIFIED -> {
        recorder.succeeded(name, Instant.now());
        yield valid(account.get());
      }
    };
  }

  /**
   * The current state of a logged-in session's account, or empty if it may no longer log in; at
   * most {@link AccountCache#MAX_AGE} old, and fresh at once after a change on any instance.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Outcome> sessionAccount(String username) {
    return cache.find(username).map(Outcome::valid);
  }

  private static Outcome valid(Account account) {
    return Outcome.valid(AccountSnapshot.of(account));
  }
}
