package id.go.lampungprov.kkb.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.security.domain.Nik;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NikCipherTest {

  private static final byte[] KEY = new byte[32];
  private static final Nik NIK = Nik.parse("nik", "1807045506900001", "18.07.04"::equals);

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  @Test
  void roundTripsWithAFreshNonceEachTime() {
    NikCipher cipher = new NikCipher(KEY);
    String a = cipher.encrypt(NIK);
    String b = cipher.encrypt(NIK);
    assertNotEquals(a, b);
    assertFalse(a.contains("1807045506900001"));
    assertEquals("1807045506900001", cipher.decrypt(a));
    assertEquals(cipher.blindIndex(NIK), cipher.blindIndex(NIK));
  }

  @Test
  void anotherKeyOrAlteredTextCannotDecrypt() {
    String sealed = new NikCipher(KEY).encrypt(NIK);
    byte[] other = KEY.clone();
    other[0] = 8;
    assertThrows(IllegalStateException.class, () -> new NikCipher(other).decrypt(sealed));
    char[] chars = sealed.toCharArray();
    chars[20] = chars[20] == 'A' ? 'B' : 'A';
    assertThrows(IllegalStateException.class, () -> new NikCipher(KEY).decrypt(new String(chars)));
    assertNotEquals(new NikCipher(KEY).blindIndex(NIK), new NikCipher(other).blindIndex(NIK));
  }

  @Test
  void keyMustBe32Bytes() {
    assertThrows(IllegalArgumentException.class, () -> new NikCipher(new byte[16]));
  }

  @Test
  void aCiphertextNamesItsKeySoARotationFindsWhatIsLeft() {
    NikCipher cipher = new NikCipher(KEY);
    String sealed = cipher.encrypt(NIK);
    assertEquals(8, cipher.keyId().length());
    assertTrue(sealed.startsWith("k" + cipher.keyId() + ":"), sealed);
    assertEquals(java.util.Optional.of(cipher.keyId()), NikCipher.keyIdOf(sealed));
    byte[] other = KEY.clone();
    other[1] = 1;
    assertNotEquals(cipher.keyId(), new NikCipher(other).keyId());
    // Written before ciphertexts named their key: still readable with the right key.
    String unnamed = sealed.substring(10);
    assertEquals(java.util.Optional.empty(), NikCipher.keyIdOf(unnamed));
    assertEquals("1807045506900001", cipher.decrypt(unnamed));
  }
}
