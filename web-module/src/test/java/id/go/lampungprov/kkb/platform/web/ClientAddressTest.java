package id.go.lampungprov.kkb.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
    assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "127.0.0.1", Set.of()));
    assertEquals(
        "203.0.113.9", ClientAddress.of("203.0.113.9", "10.0.0.1", Set.of("192.168.1.10")));
  }

  @Test
  void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
    Set<String> proxies = ClientAddress.parse(" 192.168.1.10, 192.168.1.11 ");
    assertEquals("198.51.100.4", ClientAddress.of("192.168.1.10", "198.51.100.4", proxies));
    // A client writing its own header cannot choose its address: the proxy appended the real one.
    assertEquals(
        "198.51.100.4",
        ClientAddress.of("192.168.1.10", "1.2.3.4, 198.51.100.4, 192.168.1.11", proxies));
    assertEquals("192.168.1.10", ClientAddress.of("192.168.1.10", null, proxies));
    assertEquals("192.168.1.10", ClientAddress.of("192.168.1.10", "192.168.1.11", proxies));
  }
}
