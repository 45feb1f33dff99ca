package id.go.lampungprov.kkb.coaching.infrastructure;

import id.go.lampungprov.kkb.platform.secrets.KeyFiles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The key that signs check-in links: {@code KKB_CHECKIN_KEY}, or {@code data/checkin.key} generated
 * on first use. Changing it invalidates every link handed out.
 */
@ApplicationScoped
public class CheckInKeys {

  private volatile byte[] key;

  public byte[] key() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = KeyFiles.load("kkb.checkin.key", "checkin.key");
        }
        k = key;
      }
    }
    return k.clone();
  }
}
