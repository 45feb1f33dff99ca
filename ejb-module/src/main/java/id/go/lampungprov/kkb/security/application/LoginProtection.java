package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.audit.domain.AuditContext;
import id.go.lampungprov.kkb.platform.cache.BoundedCache;
import id.go.lampungprov.kkb.platform.cluster.DataGrid;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.FailedLoginDigest;
import id.go.lampungprov.kkb.security.domain.LoginThrottle;
import id.go.lampungprov.kkb.security.domain.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Every password check of a person (login form, HTTP Basic, the current password when changing it)
 * goes through here: throttled per user name and client address ({@link LoginThrottle}), the same
 * PBKDF2 cost whether the user name exists or not, failures folded into few audit entries ({@link
 * FailedLoginDigest}). Nothing here holds a transaction or a row lock while hashing: only {@link
 * LoginRecorder} writes, in short transactions of its own.
 *
 * <p>API clients send their password with each request, so a verified password is remembered (by a
 * salted digest, for five minutes, and only while the stored hash is unchanged) instead of paying
 * PBKDF2 on every call; a password change forgets the user's remembered passwords at once.
 */
@ApplicationScoped
public class LoginProtection {

  /**
   * Who tried an unknown user name: one audit actor for all of them, so a flood stays small, and
   * never what was typed (often a password in the wrong field). No user name has parentheses.
   */
  public static final String UNKNOWN_USER = "(unknown)";

  private static final long REMEMBER_MILLIS = 5 * 60 * 1000L;
  // Keeps the remembered digests useless for guessing passwords offline (e.g. from a heap dump).
  private static final String SALT = randomSalt();
  private static final String DUMMY_HASH = PasswordHasher.hash("not-a-real-password".toCharArray());

  private record Remembered(String username, String hashDigest, long until) {}

  // Bounded: one entry per user name and password verified; never more than this in memory.
  private final BoundedCache<String, Remembered> verified = new BoundedCache<>(10_000);

  // A client's first parallel calls carry the same password: one checks it, the others wait for
  // that result instead of each counting as an attempt (eight at once looked like five failures).
  private final ConcurrentMap<String, CountDownLatch> checking = new ConcurrentHashMap<>();
  private LoginThrottle throttle;
  private final FailedLoginDigest digest = new FailedLoginDigest();
  private final Clock clock = Clock.systemUTC();

  @EJB private LoginRecorder recorder;
  @Inject private DataGrid grid;

  @PostConstruct
  void shareCounters() {
    // Shared by every instance: a second instance must not grant a second set of guesses.
    throttle = new LoginThrottle(kind -> grid.map("kkb.login." + kind));
  }

  /** How a password check ended. */
  public enum Check {
    /** Refused (the address must wait), unknown user name or wrong password: one answer for all. */
    REFUSED,
    /** The same password was verified for this account a moment ago: nothing to write. */
    REMEMBERED,
    /** Verified now with PBKDF2. */
    VERIFIED
  }

  /**
   * Checks a password typed for {@code username} from {@code address}; {@code account} is the
   * active account of that name, if any.
   */
  public Check check(String username, Optional<Account> account, String password, String address) {
    Instant now = clock.instant();
    String actor = account.map(Account::username).orElse(UNKNOWN_USER);
    // Before the remembered passwords: a waiting address must not test guesses against them.
    if (throttle.refusedUntil(username, address, now).isPresent()) {
      failed(actor, address, true);
      return Check.REFUSED;
    }
    String key = rememberKey(username, password);
    if (account.isPresent() && remembered(key, account.get(), now)) {
      return Check.REMEMBERED;
    }
    CountDownLatch mine = new CountDownLatch(1);
    CountDownLatch other = checking.putIfAbsent(key, mine);
    if (other != null) {
      awaitQuietly(other);
      if (account.isPresent() && remembered(key, account.get(), clock.instant())) {
        return Check.REMEMBERED;
      }
      return checkPassword(username, account, password, address, key, now);
    }
    try {
      return checkPassword(username, account, password, address, key, now);
    } finally {
      checking.remove(key, mine);
      mine.countDown();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Check checkPassword(
      String username,
      Optional<Account> account,
      String password,
      String address,
      String key,
      Instant now) {
    String actor = account.map(Account::username).orElse(UNKNOWN_USER);
    LoginThrottle.Admission admission = throttle.admit(username, address, now);
    if (admission instanceof LoginThrottle.Refused) {
      failed(actor, address, true);
      return Check.REFUSED;
    }
    pause(((LoginThrottle.Admitted) admission).delay());
    // Same cost for an unknown user name, so response time does not reveal which names exist.
    String hash = account.map(Account::passwordHash).orElse(DUMMY_HASH);
    boolean valid = PasswordHasher.verify(password.toCharArray(), hash) && account.isPresent();
    if (!valid) {
      throttle.failed(username, address, clock.instant());
      verified.remove(key);
      failed(actor, address, false);
      return Check.REFUSED;
    }
    throttle.succeeded(username, address);
    verified.put(
        key,
        new Remembered(
            account.get().username(),
            credentialVersion(account.get()),
            now.toEpochMilli() + REMEMBER_MILLIS));
    return Check.VERIFIED;
  }

  /**
   * Whether {@code password} was verified a moment ago for this user name, while the account's
   * credential version was the one given; refused addresses learn nothing from it. Touches no
   * database: a client sending its password with every call costs neither a row read nor PBKDF2.
   */
  public boolean remembered(
      String username, String password, String address, String credentialVersion) {
    Instant now = clock.instant();
    if (throttle.refusedUntil(username, address, now).isPresent()) {
      return false;
    }
    Remembered remembered = verified.get(rememberKey(username, password));
    return remembered != null
        && remembered.until() > now.toEpochMilli()
        && remembered.hashDigest().equals(credentialVersion);
  }

  /** The password changed: its remembered copies go, and the delays on the name end. */
  public void passwordChanged(String username) {
    verified.removeValuesIf(r -> r.username().equals(username));
    throttle.clear(username);
  }

  /** An administrator's unlock: every delay on this user name ends. */
  public void unlock(String username) {
    throttle.clear(username);
  }

  /** Until when an address must wait before trying this user name again, if it must. */
  public Optional<Instant> delayedUntil(String username) {
    return throttle.delayedUntil(username, clock.instant());
  }

  /**
   * Changes whenever the password changes (a digest of the stored hash): a staff session started
   * with another version is over.
   */
  public static String credentialVersion(Account account) {
    return digest(account.passwordHash()).substring(0, 32);
  }

  /** Writes the closing entries of failure windows that went quiet. */
  public void flushQuietWindows() {
    for (FailedLoginDigest.Summary summary : digest.closeQuiet(clock.instant())) {
      AuditContext.begin(summary.username(), summary.lastAddress());
      try {
        recorder.failures(List.of(summary));
      } finally {
        AuditContext.end();
      }
    }
  }

  private void failed(String actor, String address, boolean refused) {
    List<FailedLoginDigest.Summary> summaries =
        digest.record(actor, address, refused, clock.instant());
    if (!summaries.isEmpty()) {
      recorder.failures(summaries);
    }
  }

  private boolean remembered(String key, Account account, Instant now) {
    Remembered remembered = verified.get(key);
    return remembered != null
        && remembered.until() > now.toEpochMilli()
        && remembered.hashDigest().equals(credentialVersion(account));
  }

  private static void pause(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rememberKey(String username, String password) {
    return digest(SALT + username + '\0' + password);
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
