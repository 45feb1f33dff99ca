package id.go.lampungprov.kkb.security.application;

import id.go.lampungprov.kkb.platform.persistence.StartupLock;
import id.go.lampungprov.kkb.platform.secrets.SecretFiles;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.PasswordHasher;
import id.go.lampungprov.kkb.security.domain.PasswordPolicy;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * On the first start, with no account at all, creates {@code admin} (province scope) with the
 * password from {@code KKB_ADMIN_PASSWORD}, or a random one written only to {@code
 * initial-admin-password} in the secrets directory (owner-only), never to the log, which more
 * people read. Either way it must be changed at first login.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
public class InitialAdministrator {

  @PersistenceContext private EntityManager em;

  static final String USERNAME = "admin";
  static final String PASSWORD_FILE = "initial-admin-password";
  private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @jakarta.inject.Inject private AccountRepository accounts;

  @PostConstruct
  void createIfNoAccounts() {
    // Once per database: instances starting together take turns (see StartupLock).
    StartupLock.holdUntilCommit(em);
    if (accounts.count() > 0) {
      return;
    }
    String configured =
        ConfigProvider.getConfig().getOptionalValue("kkb.admin.password", String.class).orElse("");
    String password = configured.isBlank() ? randomPassword() : configured;
    try {
      PasswordPolicy.check("KKB_ADMIN_PASSWORD", USERNAME, password);
    } catch (InvalidInputException e) {
      throw new IllegalStateException("KKB_ADMIN_PASSWORD is not acceptable: " + e.getMessage());
    }
    accounts.add(
        new Account(
            USERNAME,
            new Account.Profile("Administrator", null, null),
            Role.ADMIN,
            Scope.of("18"),
            PasswordHasher.hash(password.toCharArray()),
            Instant.now()));
    if (configured.isBlank()) {
      Path file = SecretFiles.existing(PASSWORD_FILE);
      SecretFiles.replace(file, (password + "\n").getBytes(StandardCharsets.UTF_8));
      LOG.warning(
          () ->
              "Created the first account 'admin'; its one-time password is in "
                  + file
                  + " (readable by this server's user only). It must be changed at first login;"
                  + " then delete the file.");
    } else {
      LOG.info("Created the first account 'admin' with the password from KKB_ADMIN_PASSWORD.");
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
