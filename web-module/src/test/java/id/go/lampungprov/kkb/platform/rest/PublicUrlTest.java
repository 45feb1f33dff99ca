package id.go.lampungprov.kkb.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

  private static final URI LOCAL = URI.create("http://localhost:8080/api/");
  private static final URI FORGED = URI.create("http://evil.example/api/");

  @Test
  void theConfiguredAddressWinsWhateverTheHostHeaderSays() {
    Optional<String> configured = Optional.of("https://kampungkb.lampungprov.go.id");
    assertEquals(
        "https://kampungkb.lampungprov.go.id/",
        PublicUrl.resolve(configured, PublicUrl.DEFAULT_ALLOWED_HOSTS, FORGED));
    assertEquals(
        "https://kampungkb.lampungprov.go.id/",
        PublicUrl.resolve(configured, PublicUrl.DEFAULT_ALLOWED_HOSTS, LOCAL));
  }

  @Test
  void withoutOneOnlyAnAllowedHostIsEchoed() {
    assertEquals(
        "http://localhost:8080/",
        PublicUrl.resolve(Optional.empty(), PublicUrl.DEFAULT_ALLOWED_HOSTS, LOCAL));
    assertEquals(
        "http://KKB.lampung.local/",
        PublicUrl.resolve(
            Optional.of(" "),
            "kkb.lampung.local, localhost",
            URI.create("http://KKB.lampung.local/unduh/")));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> PublicUrl.resolve(Optional.empty(), PublicUrl.DEFAULT_ALLOWED_HOSTS, FORGED));
    assertEquals("host-not-allowed", refused.rule());
    assertThrows(
        InvalidInputException.class,
        () -> PublicUrl.resolve(Optional.empty(), "kkb.lampung.local", LOCAL));
  }
}
