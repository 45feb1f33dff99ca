package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.platform.cache.BoundedCache;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.PasswordHasher;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Checks user name and password against the account store. Five failures in a row lock the account
 * for 15 minutes; every failure and every full login is audited. API clients send their password
 * with each request, so a recently verified password is remembered (by a digest, for five minutes,
 * and only while the stored hash is unchanged) instead of paying PBKDF2 on every call.
 */
@Stateless
@PermitAll
public class AuthenticationService {

  public enum Status {
    VALID,
    INVALID,
    LOCKED
  }

  /** What the web tier needs to establish the caller. */
  public record Outcome(Status status, String username, Role role, boolean mustChangePassword) {
    static Outcome refused(Status status) {
      return new Outcome(status, null, null, false);
    }
  }

  /** The actor of a failed login with an unknown user name; no user name has parentheses. */
  public static final String UNKNOWN_ACTOR = "(unknown)";

  private static final long REMEMBER_MILLIS = 5 * 60 * 1000L;
  // Bounded: one entry per user name and password tried successfully; never more than this.
  private static final BoundedCache<String, Remembered> VERIFIED = new BoundedCache<>(10_000);
  // Keeps the remembered digests useless for guessing passwords offline (e.g. from a heap dump).
  private static final String SALT = randomSalt();
  private static final String DUMMY_HASH = PasswordHasher.hash("not-a-real-password".toCharArray());

  private record Remembered(String hashDigest, long until) {}

  @Inject private AccountRepository accounts;
  @Inject private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome authenticate(String username, String password) {
    Instant now = clock.instant();
    String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    String key = digest(SALT + name + '\0' + password);
    // A remembered password needs no row lock and writes nothing: concurrent API calls of one
    // account would otherwise queue behind each other's lock on the account row.
    Optional<Outcome> fast =
        accounts
            .findByUsername(name)
            .filter(a -> a.active() && !a.isLocked(now) && remembered(key, a, now))
            .map(AuthenticationService::valid);
    if (fast.isPresent()) {
      return fast.get();
    }
    Optional<Account> found = accounts.findByUsernameForUpdate(name);
    if (found.isEmpty() || !found.get().active()) {
      // Same cost as a real check, so response time does not reveal which user names exist.
      PasswordHasher.verify(password.toCharArray(), DUMMY_HASH);
      // What was typed as an unknown user name is not kept: it is often a password typed into the
      // wrong field. An inactive account's entry belongs to its scope.
      audit.append(
          found.isEmpty()
              ? AuditRecord.event(AuditAction.LOGIN_FAILURE, "Account", null, "unknown user name")
              : AuditRecord.event(
                      AuditAction.LOGIN_FAILURE,
                      "Account",
                      found.get().auditId(),
                      "account inactive")
                  .in(found.get().auditRegion()),
          found.isEmpty() ? UNKNOWN_ACTOR : name);
      return Outcome.refused(Status.INVALID);
    }
    Account account = found.get();
    if (account.isLocked(now)) {
      audit.append(
          AuditRecord.event(
                  AuditAction.LOGIN_LOCKED,
                  "Account",
                  account.auditId(),
                  "account locked until " + account.lockedUntil().orElse(now))
              .in(account.auditRegion()),
          name);
      return Outcome.refused(Status.LOCKED);
    }
    if (remembered(key, account, now)) {
      return valid(account);
    }
    String hashDigest = digest(account.passwordHash());
    if (!PasswordHasher.verify(password.toCharArray(), account.passwordHash())) {
      VERIFIED.remove(key);
      boolean lockedNow = account.recordFailedLogin(now);
      audit.append(
          AuditRecord.event(
                  AuditAction.LOGIN_FAILURE,
                  "Account",
                  account.auditId(),
                  lockedNow ? "wrong password; account locked for 15 minutes" : "wrong password")
              .in(account.auditRegion()),
          name);
      return Outcome.refused(lockedNow ? Status.LOCKED : Status.INVALID);
    }
    account.recordSuccessfulLogin(now);
    VERIFIED.put(key, new Remembered(hashDigest, now.toEpochMilli() + REMEMBER_MILLIS));
    audit.append(
        AuditRecord.event(AuditAction.LOGIN_SUCCESS, "Account", account.auditId(), null)
            .in(account.auditRegion()),
        name);
    return valid(account);
  }

  private static boolean remembered(String key, Account account, Instant now) {
    Remembered remembered = VERIFIED.get(key);
    return remembered != null
        && remembered.until() > now.toEpochMilli()
        && remembered.hashDigest().equals(digest(account.passwordHash()));
  }

  /** The current state of a logged-in session's account, or empty if it may no longer log in. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Outcome> sessionAccount(String username) {
    Instant now = clock.instant();
    return accounts
        .findByUsername(username)
        .filter(a -> a.active() && !a.isLocked(now))
        .map(AuthenticationService::valid);
  }

  private static Outcome valid(Account account) {
    return new Outcome(
        Status.VALID, account.username(), account.role(), account.mustChangePassword());
  }

  private static String randomSalt() {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    return HexFormat.of().formatHex(salt);
  }

  static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
