package id.go.lampungprov.kkb.security.infrastructure;

import id.go.lampungprov.kkb.platform.secrets.SecretFiles;
import id.go.lampungprov.kkb.platform.secrets.StartupCheck;
import id.go.lampungprov.kkb.security.domain.Nik;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The NIK keys: the current one from {@code KKB_NIK_KEY} (base64 of 32 random bytes), which the IT
 * department keeps outside the database and the repository; without it, one generated once into
 * {@code nik.key} in the secrets directory so development works. During a key rotation the keys
 * being retired are in {@code KKB_NIK_KEY_PREVIOUS} (comma-separated): NIKs sealed with them can
 * still be read, found and re-encrypted until none is left (docs/security.md, "Rotating the NIK
 * key").
 */
@ApplicationScoped
public class NikKeys implements StartupCheck {

  static final String FILE = "nik.key";

  private volatile Ring ring;

  /** The current key's cipher: what every new NIK is sealed and indexed with. */
  public NikCipher cipher() {
    return ring().current();
  }

  /** Opens a stored NIK with whichever configured key sealed it. */
  public String decrypt(String stored) {
    Ring r = ring();
    Optional<String> id = NikCipher.keyIdOf(stored);
    for (NikCipher c : r.all()) {
      if (id.isEmpty() || id.get().equals(c.keyId())) {
        try {
          return c.decrypt(stored);
        } catch (IllegalStateException e) {
          // An unnamed (older) ciphertext: try the next key.
        }
      }
    }
    throw new IllegalStateException(
        "cannot decrypt a stored NIK: its key "
            + id.orElse("(unnamed)")
            + " is neither KKB_NIK_KEY nor in KKB_NIK_KEY_PREVIOUS");
  }

  /** Whether a stored NIK is sealed with the current key (else a rotation still has to move it). */
  public boolean isCurrent(String stored) {
    return NikCipher.keyIdOf(stored).filter(cipher().keyId()::equals).isPresent();
  }

  /** The NIK's blind index under every configured key: a duplicate is found mid-rotation too. */
  public List<String> blindIndexes(Nik nik) {
    return ring().all().stream().map(c -> c.blindIndex(nik)).distinct().toList();
  }

  /** Loads the keys now, so a malformed one stops the deployment with its reason. */
  @Override
  public void check() {
    ring();
  }

  private Ring ring() {
    Ring r = ring;
    if (r == null) {
      synchronized (this) {
        if (ring == null) {
          ring = load();
        }
        r = ring;
      }
    }
    return r;
  }

  private static Ring load() {
    NikCipher current = new NikCipher(SecretFiles.key("kkb.nik.key", FILE));
    List<NikCipher> all = new ArrayList<>(List.of(current));
    String previous =
        ConfigProvider.getConfig()
            .getOptionalValue("kkb.nik.key.previous", String.class)
            .orElse("");
    for (String key : previous.split(",")) {
      if (!key.isBlank()) {
        all.add(new NikCipher(SecretFiles.decode(key, "KKB_NIK_KEY_PREVIOUS")));
      }
    }
    return new Ring(current, List.copyOf(all));
  }

  private record Ring(NikCipher current, List<NikCipher> all) {}
}
