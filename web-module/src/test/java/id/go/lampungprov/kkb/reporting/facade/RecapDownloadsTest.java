package id.go.lampungprov.kkb.reporting.facade;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.platform.rest.Params;
import org.junit.jupiter.api.Test;

class RecapDownloadsTest {

  @Test
  void ifNoneMatchNamesTheTagAloneInAListWeaklyOrAsAStar() {
    assertTrue(RecapDownloads.matches("\"abc\"", "abc"));
    assertTrue(RecapDownloads.matches("\"x\", \"abc\"", "abc"));
    assertTrue(RecapDownloads.matches("W/\"abc\"", "abc"));
    assertTrue(RecapDownloads.matches(" * ", "abc"));
  }

  @Test
  void anotherOrAMalformedTagIsNoMatch() {
    assertFalse(RecapDownloads.matches(null, "abc"));
    assertFalse(RecapDownloads.matches("", "abc"));
    assertFalse(RecapDownloads.matches("\"abcd\"", "abc"));
    assertFalse(RecapDownloads.matches("abc", "abc"));
    assertFalse(RecapDownloads.matches("\"ab\", \"c\"", "abc"));
    assertFalse(RecapDownloads.matches("\"", "abc"));
  }

  @Test
  void aForcedReloadBypassesTheKeptBytes() {
    assertTrue(Params.noCache("no-cache"));
    assertTrue(Params.noCache("max-age=0, No-Cache"));
    assertFalse(Params.noCache(null));
    assertFalse(Params.noCache("max-age=0"));
  }
}
