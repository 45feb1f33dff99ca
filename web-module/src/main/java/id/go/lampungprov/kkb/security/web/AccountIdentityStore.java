package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.audit.domain.AuditContext;
import id.go.lampungprov.kkb.platform.rest.DatabaseFailures;
import id.go.lampungprov.kkb.security.application.AccountSnapshot;
import id.go.lampungprov.kkb.security.application.AuthenticationService;
import id.go.lampungprov.kkb.security.application.AuthenticationService.Outcome;
import id.go.lampungprov.kkb.security.application.AuthenticationService.Status;
import id.go.lampungprov.kkb.security.application.RememberedCallers;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The Jakarta Security identity store over the application's own accounts. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /** A group (not a role) marking callers who must change their password before anything else. */
  public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

  @EJB private AuthenticationService authentication;
  @Inject private RememberedCallers remembered;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Outcome outcome = check(up.getCaller(), up.getPasswordAsString(), AuditContext.clientAddress());
    return outcome.status() == Status.VALID
        ? result(outcome)
        : CredentialValidationResult.INVALID_RESULT;
  }

  /** Like {@link #validate}, with the client address that login throttling counts. */
  Outcome check(String username, String password, String clientAddress) {
    if (username == null
        || password == null
        || username.length() > 100
        || password.length() > 200) {
      return Outcome.refused();
    }
    try {
      // Nearly every API call: its password was verified a moment ago, answered from memory without
      // the enterprise bean (whose permission check alone cost a fifth of a call).
      Optional<AccountSnapshot> known = remembered.find(username, password, clientAddress);
      if (known.isPresent()) {
        return Outcome.valid(known.get());
      }
      return authentication.authenticate(username, password, clientAddress);
    } catch (RuntimeException e) {
      if (DatabaseFailures.isUnavailable(e)) {
        // Not a wrong password: the caller answers 503 (API) or says so on the login page.
        throw e;
      }
      // Anything else technical: refuse the login, never let the error become a 500 here.
      LOG.log(Level.WARNING, "Authentication failed for technical reasons", e);
      return Outcome.refused();
    }
  }

  static CredentialValidationResult result(Outcome outcome) {
    return new CredentialValidationResult(outcome.username(), groups(outcome));
  }

  static Set<String> groups(Outcome outcome) {
    Set<String> groups = new HashSet<>();
    groups.add(outcome.role().name());
    groups.add(Role.Names.STAFF);
    if (outcome.mustChangePassword()) {
      groups.add(PASSWORD_CHANGE_REQUIRED);
    }
    return groups;
  }
}
