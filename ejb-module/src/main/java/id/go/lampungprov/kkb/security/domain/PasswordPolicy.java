package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.Locale;

/** Length over composition rules (NIST SP 800-63B): long enough, and not the user name. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static void check(String field, String username, String password) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          field,
          "password-length",
          "a password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(
          field, "password-username", "a password must not contain the user name");
    }
  }
}
