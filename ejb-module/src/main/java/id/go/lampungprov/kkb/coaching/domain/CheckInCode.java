package id.go.lampungprov.kkb.coaching.domain;

import java.nio.ByteBuffer;
import java.util.regex.Pattern;

/**
 * A participant's personal check-in code: six digits derived by HMAC from the check-in key, the
 * event and the participant, so it needs no column and cannot be worked out without the key. Staff
 * hand it to invitees who cannot check in by their own phone number (none, or one shared with
 * another invitee); it is valid at that event only.
 */
public final class CheckInCode {

  private static final Pattern CODE = Pattern.compile("[0-9]{6}");

  private CheckInCode() {}

  public static String of(byte[] key, long eventId, long participantId) {
    byte[] mac = CheckInToken.hmac(key, "checkin-code:" + eventId + ":" + participantId);
    long value = Integer.toUnsignedLong(ByteBuffer.wrap(mac).getInt());
    return String.format("%06d", value % 1_000_000);
  }

  /**
   * Whether what was typed is a code rather than a phone number (no Indonesian mobile number has
   * six digits); spaces and dashes are ignored.
   */
  public static boolean isCode(String typed) {
    return typed != null && CODE.matcher(compact(typed)).matches();
  }

  public static String compact(String typed) {
    return typed.replaceAll("[\\s-]", "");
  }
}
