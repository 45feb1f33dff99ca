package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed part of a QR check-in link: the event and when the link stops working, with an
 * HMAC-SHA256 over both, so a participant cannot point the link at another event or extend it.
 * Format: {@code <eventId>.<expiresEpochSecond>.<base64url signature>}.
 */
public record CheckInToken(long eventId, Instant expiresAt) {

  public String sign(byte[] key) {
    String payload = eventId + "." + expiresAt.getEpochSecond();
    return payload + "." + mac(key, payload);
  }

  /**
   * Reads and checks a token.
   *
   * @throws InvalidInputException rule {@code tampered} for a forged or damaged link, {@code
   *     expired} for one past its time
   */
  public static CheckInToken verify(String token, byte[] key, Instant now) {
    String[] parts = token == null ? new String[0] : token.strip().split("\\.");
    if (parts.length != 3) {
      throw tampered();
    }
    String expected = mac(key, parts[0] + "." + parts[1]);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      throw tampered();
    }
    CheckInToken read;
    try {
      read =
          new CheckInToken(
              Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1])));
    } catch (NumberFormatException e) {
      throw tampered();
    }
    if (!now.isBefore(read.expiresAt())) {
      throw new InvalidInputException(
          "token",
          "expired",
          "this check-in link has expired; ask the committee for the new QR code");
    }
    return read;
  }

  private static InvalidInputException tampered() {
    return new InvalidInputException(
        "token", "tampered", "this check-in link is not valid; scan the QR code again");
  }

  private static String mac(byte[] key, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
