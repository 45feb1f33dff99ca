package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.platform.cache.BoundedCache;
import id.go.lampungprov.kkb.platform.cluster.DataGrid;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Active accounts as read a moment ago ({@link AccountSnapshot}), so that a logged-in page or an
 * API call with a remembered password reads the account row neither to establish the caller nor for
 * the caller's scope, role or own account.
 *
 * <p>Never stale for long, on any instance: a change made through {@link AccountService} drops the
 * entry here and, through the Data Grid, on every other instance right after its commit; and no
 * entry is used longer than {@link #MAX_AGE} after it was read, which bounds what a lost message or
 * a read racing the commit could leave behind.
 */
@ApplicationScoped
public class AccountCache {

  static final String TOPIC = "kkb.account.changed";
  static final Duration MAX_AGE = Duration.ofSeconds(5);

  private record Entry(AccountSnapshot state, long readAt) {}

  private final BoundedCache<String, Entry> entries = new BoundedCache<>(10_000);
  private final Clock clock;

  @Inject private AccountRepository accounts;
  @Inject private DataGrid grid;

  public AccountCache() {
    this.clock = Clock.systemUTC();
  }

  /** For tests: the accounts, the Data Grid (or its in-memory stand-in) and the time given. */
  AccountCache(AccountRepository accounts, DataGrid grid, Clock clock) {
    this.accounts = accounts;
    this.grid = grid;
    this.clock = clock;
    listen();
  }

  @PostConstruct
  void listen() {
    // Runs on a Data Grid thread: touches nothing but this instance's memory.
    grid.subscribe(TOPIC, entries::remove);
  }

  /** The active account of this user name, from memory when read less than MAX_AGE ago. */
  public Optional<AccountSnapshot> find(String username) {
    Optional<AccountSnapshot> recent = recent(username);
    if (recent.isPresent()) {
      return recent;
    }
    long now = clock.millis();
    Optional<AccountSnapshot> state =
        accounts.findByUsername(username).filter(Account::active).map(AccountSnapshot::of);
    state.ifPresentOrElse(
        s -> entries.put(username, new Entry(s, now)), () -> entries.remove(username));
    return state;
  }

  /** What was read of this account less than MAX_AGE ago, if anything: memory only. */
  public Optional<AccountSnapshot> recent(String username) {
    Entry entry = entries.get(username);
    return entry != null && clock.millis() - entry.readAt() < MAX_AGE.toMillis()
        ? Optional.of(entry.state())
        : Optional.empty();
  }

  /** The account as just read by someone who needed the whole row (a password check). */
  public void remember(Account account) {
    if (account.active()) {
      entries.put(account.username(), new Entry(AccountSnapshot.of(account), clock.millis()));
    }
  }

  /** After the change is committed: forgotten here and on every other instance. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    entries.remove(change.username());
    grid.publish(TOPIC, change.username());
  }
}
