package id.go.lampungprov.kkb.coaching.infrastructure;

import id.go.lampungprov.kkb.platform.secrets.SecretFiles;
import id.go.lampungprov.kkb.platform.secrets.StartupCheck;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The key that signs check-in links: {@code KKB_CHECKIN_KEY}, or {@code checkin.key} in the secrets
 * directory, generated on first use. Changing it invalidates every link handed out.
 */
@ApplicationScoped
public class CheckInKeys implements StartupCheck {

  private volatile byte[] key;

  @Override
  public void check() {
    key();
  }

  public byte[] key() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = SecretFiles.key("kkb.checkin.key", "checkin.key");
        }
        k = key;
      }
    }
    return k.clone();
  }
}
