package id.go.lampungprov.kkb.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.platform.cluster.DataGrid;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.PasswordHasher;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two instances' caches over one database and one Data Grid (its in-memory stand-in): an entry is
 * used for at most five seconds, and a change committed on one instance is dropped on both at once.
 */
class AccountCacheTest {

  private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

  private final Database database = new Database();
  private final MovableClock clock = new MovableClock();
  private final DataGrid grid = new DataGrid();
  private final AccountCache first = new AccountCache(database, grid, clock);
  private final AccountCache second = new AccountCache(database, grid, clock);

  @Test
  void anAccountIsReadOnceThenServedFromMemoryForLessThanFiveSeconds() {
    database.save(account("siti", "Password-Satu-1"));
    String version = first.find("siti").orElseThrow().credentialVersion();
    clock.advance(Duration.ofMillis(4_900));
    assertEquals(version, first.find("siti").orElseThrow().credentialVersion());
    assertEquals(1, database.reads);
    clock.advance(Duration.ofMillis(100));
    first.find("siti");
    assertEquals(2, database.reads, "read again once five seconds have passed");
  }

  @Test
  void aPasswordChangedOnOneInstanceIsReadAgainOnTheOtherAtOnce() {
    database.save(account("siti", "Password-Satu-1"));
    String before = second.find("siti").orElseThrow().credentialVersion();
    database.save(account("siti", "Password-Dua-2"));
    // Without the message the other instance would go on with what it read.
    assertEquals(before, second.find("siti").orElseThrow().credentialVersion());

    first.changed(new AccountChanged("siti"));
    assertNotEquals(before, second.find("siti").orElseThrow().credentialVersion());
  }

  @Test
  void aDeactivatedAccountIsGoneOnEveryInstanceAfterTheChange() {
    Account siti = account("siti", "Password-Satu-1");
    database.save(siti);
    assertTrue(second.find("siti").isPresent());
    siti.activate(false);
    first.changed(new AccountChanged("siti"));
    assertEquals(Optional.empty(), second.find("siti"));
    assertEquals(Optional.empty(), first.find("siti"));
  }

  @Test
  void anAccountReadForAPasswordCheckIsRememberedWithoutAnotherRead() {
    Account siti = account("siti", "Password-Satu-1");
    assertEquals(Optional.empty(), first.recent("siti"));
    first.remember(siti);
    assertEquals(
        LoginProtection.credentialVersion(siti),
        first.recent("siti").orElseThrow().credentialVersion());
    assertEquals(0, database.reads);
    clock.advance(Duration.ofSeconds(5));
    assertEquals(Optional.empty(), first.recent("siti"), "memory only, and only for five seconds");
  }

  @Test
  void aStaleReadIsStillBoundedByFiveSeconds() {
    database.save(account("siti", "Password-Satu-1"));
    String before = second.find("siti").orElseThrow().credentialVersion();
    // The message arrived before this instance read the old row (a read racing the commit).
    database.save(account("siti", "Password-Dua-2"));
    clock.advance(Duration.ofSeconds(5));
    assertNotEquals(before, second.find("siti").orElseThrow().credentialVersion());
  }

  @Test
  void aCallersRoleAndScopeComeFromMemoryAndAChangeAppliesToTheNextRequest() {
    Account siti = account("siti", "Password-Satu-1");
    database.save(siti);
    for (int request = 0; request < 50; request++) {
      CurrentUser caller = new CurrentUser(() -> "siti", first, database);
      assertEquals("18", caller.scope().toString());
      assertEquals(Role.VIEWER, caller.snapshot().role());
    }
    assertEquals(1, database.reads, "fifty requests, one row read");

    siti.assign(Role.REGENCY_OPERATOR, Scope.of("18.07"));
    second.changed(new AccountChanged("siti"));
    CurrentUser next = new CurrentUser(() -> "siti", first, database);
    assertEquals("18.07", next.scope().toString());
    assertEquals(Role.REGENCY_OPERATOR, next.snapshot().role());
  }

  private static Account account(String username, String password) {
    return new Account(
        username,
        new Account.Profile("Siti Rahmawati", null, null),
        Role.VIEWER,
        Scope.of("18"),
        PasswordHasher.hash(password.toCharArray()),
        T0);
  }

  /** The accounts table, counting reads. */
  private static final class Database implements AccountRepository {
    private final Map<String, Account> rows = new HashMap<>();
    private int reads;

    void save(Account account) {
      rows.put(account.username(), account);
    }

    @Override
    public Optional<Account> findByUsername(String username) {
      reads++;
      return Optional.ofNullable(rows.get(username));
    }

    @Override
    public Optional<Account> find(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Account> findByUsernameForUpdate(String username) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page<Account> findWithin(
        Scope scope, boolean withNational, Optional<String> text, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      return rows.size();
    }

    @Override
    public void add(Account account) {
      save(account);
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now = T0;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
