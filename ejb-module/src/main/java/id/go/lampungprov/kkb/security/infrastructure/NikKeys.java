package id.go.lampungprov.kkb.security.infrastructure;

import id.go.lampungprov.kkb.platform.secrets.KeyFiles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The NIK key comes from {@code KKB_NIK_KEY} (base64 of 32 random bytes), which the IT department
 * keeps outside the database and the repository. Without it, a key is generated once into {@code
 * data/nik.key} (owner-only) so development works; production must configure its own and back it
 * up: encrypted NIKs are unreadable without it.
 */
@ApplicationScoped
public class NikKeys {

  static final String FILE = "nik.key";

  private volatile NikCipher cipher;

  public NikCipher cipher() {
    NikCipher c = cipher;
    if (c == null) {
      synchronized (this) {
        if (cipher == null) {
          cipher = new NikCipher(loadKey());
        }
        c = cipher;
      }
    }
    return c;
  }

  private static byte[] loadKey() {
    return KeyFiles.load("kkb.nik.key", FILE);
  }
}
