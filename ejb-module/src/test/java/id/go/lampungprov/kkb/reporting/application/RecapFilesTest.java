package id.go.lampungprov.kkb.reporting.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RecapFilesTest {

  @Test
  void keepsFewSmallFilesByTagAndNeverALargeOne() {
    RecapFiles files = new RecapFiles();
    byte[] pdf = {1, 2, 3};
    files.put("a", pdf);
    assertArrayEquals(pdf, files.get("a"));
    files.put("large", new byte[RecapFiles.MAX_BYTES + 1]);
    assertNull(files.get("large"));
    for (int i = 0; i < 100; i++) {
      files.put("t" + i, new byte[RecapFiles.MAX_BYTES]);
    }
    assertNull(files.get("a"), "the least recently used went first");
    int kept = 0;
    for (int i = 0; i < 100; i++) {
      kept += files.get("t" + i) == null ? 0 : 1;
    }
    assertEquals(RecapFiles.MAX_ENTRIES, kept, "at most 16 x 1 MiB");
  }
}
