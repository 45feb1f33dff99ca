package id.go.lampungprov.kkb.security.infrastructure;

import id.go.lampungprov.kkb.security.domain.Nik;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts NIKs at rest with AES-256-GCM (a fresh nonce each time) and derives a keyed blind index
 * (HMAC-SHA256) so the same NIK can be found and kept unique without decrypting every row. Each
 * ciphertext names the key that sealed it ({@code k<id>:<base64>}), so after a key rotation the
 * stored NIKs still under the previous key can be found and re-encrypted.
 */
public final class NikCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec indexKey;
  private final String keyId;

  /**
   * @param masterKey 32 bytes; two sub-keys are derived so encryption and index never share one
   */
  public NikCipher(byte[] masterKey) {
    if (masterKey == null || masterKey.length != 32) {
      throw new IllegalArgumentException(
          "the NIK key must be 32 bytes (base64 of 32 random bytes)");
    }
    this.encryptionKey = new SecretKeySpec(derive(masterKey, "nik-encryption"), "AES");
    this.indexKey = new SecretKeySpec(derive(masterKey, "nik-index"), "HmacSHA256");
    // Derived, so the id names the key without revealing anything that helps find it.
    this.keyId = HexFormat.of().formatHex(derive(masterKey, "nik-key-id"), 0, 4);
  }

  /** Eight hex digits naming this key in the ciphertexts it writes. */
  public String keyId() {
    return keyId;
  }

  /** The key id a stored NIK names, or empty for one written before ciphertexts named keys. */
  public static Optional<String> keyIdOf(String stored) {
    return stored != null
            && stored.length() > 10
            && stored.charAt(0) == 'k'
            && stored.charAt(9) == ':'
        ? Optional.of(stored.substring(1, 9))
        : Optional.empty();
  }

  public String encrypt(Nik nik) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(nik.reveal().getBytes(StandardCharsets.US_ASCII));
      return "k"
          + keyId
          + ":"
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  /** The stored NIK, or an exception if the text was not sealed with this key or was altered. */
  public String decrypt(String stored) {
    try {
      byte[] all =
          Base64.getDecoder().decode(keyIdOf(stored).isPresent() ? stored.substring(10) : stored);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot decrypt a stored NIK (wrong key or altered data)", e);
    }
  }

  public String blindIndex(Nik nik) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(indexKey);
      return HexFormat.of()
          .formatHex(mac.doFinal(nik.reveal().getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot index", e);
    }
  }

  private static byte[] derive(byte[] master, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(master, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
