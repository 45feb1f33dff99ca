package id.go.lampungprov.kkb.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.security.application.AccountSnapshot;
import id.go.lampungprov.kkb.security.application.AuthenticationService;
import id.go.lampungprov.kkb.security.application.AuthenticationService.Outcome;
import id.go.lampungprov.kkb.security.application.AuthenticationService.Status;
import id.go.lampungprov.kkb.security.application.RememberedCallers;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A database outage is not a wrong password: the API must answer 503, not 401. */
class AccountIdentityStoreTest {

  @Test
  void anUnreachableDatabaseReachesTheCallerInsteadOfARefusal() throws Exception {
    AccountIdentityStore store =
        storeFailingWith(
            new PersistenceException("lost", new SQLException("terminating connection", "57P01")));
    assertThrows(PersistenceException.class, () -> store.check("siti", "Password-1", "10.0.0.1"));
  }

  @Test
  void anyOtherTechnicalFailureIsARefusal() throws Exception {
    AccountIdentityStore store = storeFailingWith(new IllegalStateException("a bug"));
    assertEquals(Status.INVALID, store.check("siti", "Password-1", "10.0.0.1").status());
  }

  private static AccountIdentityStore storeFailingWith(RuntimeException failure)
      throws ReflectiveOperationException {
    AuthenticationService failing =
        new AuthenticationService() {
          @Override
          public Outcome authenticate(String username, String password, String clientAddress) {
            throw failure;
          }
        };
    // Nothing remembered: every check goes on to the service.
    RememberedCallers nothingRemembered =
        new RememberedCallers() {
          @Override
          public Optional<AccountSnapshot> find(
              String username, String password, String clientAddress) {
            return Optional.empty();
          }
        };
    AccountIdentityStore store = new AccountIdentityStore();
    var field = AccountIdentityStore.class.getDeclaredField("authentication");
    field.setAccessible(true);
    field.set(store, failing);
    var remembered = AccountIdentityStore.class.getDeclaredField("remembered");
    remembered.setAccessible(true);
    remembered.set(store, nothingRemembered);
    return store;
  }
}
