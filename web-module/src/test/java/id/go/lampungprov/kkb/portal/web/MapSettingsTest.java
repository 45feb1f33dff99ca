package id.go.lampungprov.kkb.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MapSettingsTest {

  private static final String POLICY =
      "default-src 'self'; img-src 'self' data: blob:; script-src 'self'";

  @Test
  void withoutTilesNothingIsLoadedFromElsewhere() {
    MapSettings none = new MapSettings("");
    assertEquals("", none.getTiles());
    assertEquals(POLICY, MapSettings.withImages(POLICY, none.tileOrigin()));
  }

  @Test
  void theTileServersOriginJoinsImgSrcOnly() {
    MapSettings tiles = new MapSettings("https://tiles.example.org:8443/{z}/{x}/{y}.png");
    assertEquals("https://tiles.example.org:8443", tiles.tileOrigin());
    assertEquals(
        "default-src 'self'; img-src https://tiles.example.org:8443 'self' data: blob:;"
            + " script-src 'self'",
        MapSettings.withImages(POLICY, tiles.tileOrigin()));
  }

  @Test
  void subdomainsBecomeAWildcard() {
    assertEquals(
        "https://*.tile.example.org",
        new MapSettings("https://{s}.tile.example.org/{z}/{x}/{y}.png").tileOrigin());
  }

  @Test
  void onlyHttpAndHttpsUrlsAreTaken() {
    MapSettings js = new MapSettings("javascript:alert(1)");
    assertEquals("", js.getTiles());
    assertEquals("", js.tileOrigin());
  }
}
