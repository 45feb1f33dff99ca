package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Length over composition rules (NIST SP 800-63B): long enough, not the user name, and not a common
 * or breached password from the list shipped in {@code security/common-passwords.txt} (also when
 * dressed up with digits and symbols at the end or letter substitutions: {@code P@ssw0rd2024!}).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = load("/security/common-passwords.txt");
  private static final Pattern TRAILING = Pattern.compile("[\\d\\p{Punct}\\s]+$");

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
    if (isCommon(password)) {
      throw new InvalidInputException(
          field,
          "password-common",
          "this password is among the most common or breached ones; choose another");
    }
  }

  static boolean isCommon(String password) {
    String lower = password.strip().toLowerCase(Locale.ROOT);
    String base = TRAILING.matcher(lower).replaceAll("");
    return COMMON.contains(lower)
        || COMMON.contains(base)
        || COMMON.contains(unLeet(lower))
        || COMMON.contains(TRAILING.matcher(unLeet(lower)).replaceAll(""))
        || COMMON.contains(unLeet(base));
  }

  /** Undoes the usual substitutions (p@ssw0rd → password). */
  private static String unLeet(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(
          switch (c) {
            case '@', '4' -> 'a';
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '$', '5' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    return out.toString();
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
