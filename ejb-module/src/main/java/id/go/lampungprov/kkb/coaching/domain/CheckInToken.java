package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed part of a QR check-in link: the event, with an HMAC-SHA256 over it, so a participant
 * cannot point the link at another event. It carries no time of its own: when the link works is
 * decided at use from the event's current times ({@link CheckInWindow}), so a QR code printed the
 * day before works on the day, and a rescheduled event needs no new code. Format: {@code
 * <eventId>.<base64url signature>}.
 */
public record CheckInToken(long eventId) {

  /** Separates these signatures from the personal codes made with the same key. */
  private static final String PURPOSE = "checkin-link:";

  public String sign(byte[] key) {
    return eventId + "." + mac(key, PURPOSE + eventId);
  }

  /**
   * Reads and checks a token.
   *
   * @throws InvalidInputException rule {@code tampered} for a forged or damaged link (including
   *     links of the older format that carried an expiry)
   */
  public static CheckInToken verify(String token, byte[] key) {
    String[] parts = token == null ? new String[0] : token.strip().split("\\.");
    if (parts.length != 2 || !parts[0].matches("[0-9]{1,18}")) {
      throw tampered();
    }
    String expected = mac(key, PURPOSE + parts[0]);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        parts[1].getBytes(StandardCharsets.US_ASCII))) {
      throw tampered();
    }
    return new CheckInToken(Long.parseLong(parts[0]));
  }

  private static InvalidInputException tampered() {
    return new InvalidInputException(
        "token", "tampered", "this check-in link is not valid; scan the QR code again");
  }

  static String mac(byte[] key, String payload) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, payload));
  }

  static byte[] hmac(byte[] key, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
