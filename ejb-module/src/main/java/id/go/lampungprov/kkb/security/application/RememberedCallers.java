package id.go.lampungprov.kkb.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * The caller whose password was verified a moment ago for the account as it still is: from memory
 * only, without an enterprise bean call, a transaction or the account row. API clients send their
 * password with every call, so this is the path of nearly every API request; anything else (a first
 * call, a changed account, a refused address) goes through {@link AuthenticationService}.
 */
@ApplicationScoped
public class RememberedCallers {

  @Inject private AccountCache cache;
  @Inject private LoginProtection protection;

  public Optional<AccountSnapshot> find(String username, String password, String clientAddress) {
    String name = normalize(username);
    return cache
        .recent(name)
        .filter(s -> protection.remembered(name, password, clientAddress, s.credentialVersion()));
  }

  static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
