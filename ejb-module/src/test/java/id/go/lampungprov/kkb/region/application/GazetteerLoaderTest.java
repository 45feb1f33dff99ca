package id.go.lampungprov.kkb.region.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerLoaderTest {

  private static final Set<String> KNOWN = Set.of("18", "31", "32");

  @Test
  void readsCodesAndAll() {
    assertEquals(Set.of("31"), GazetteerLoader.requested(" 31 ,", KNOWN));
    assertEquals(KNOWN, GazetteerLoader.requested("all", KNOWN));
    assertEquals(Set.of(), GazetteerLoader.requested("", KNOWN));
  }

  @Test
  void skipsUnknownCodes() {
    assertEquals(Set.of("32"), GazetteerLoader.requested("99,32,x", KNOWN));
  }
}
