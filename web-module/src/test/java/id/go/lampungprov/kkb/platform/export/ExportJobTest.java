package id.go.lampungprov.kkb.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportJobTest {

  private static final Instant T = Instant.parse("2026-12-05T02:30:00Z");

  private static final ExportJob RUNNING =
      new ExportJob(
          "0d6c5a0e-1",
          "operator",
          "kampung-kb",
          "xlsx",
          "kampung-kb_1807_20261205-0930.xlsx",
          ExportJob.Status.RUNNING,
          0,
          461,
          T,
          T,
          null);

  @Test
  void aJobCrossesTheDataGridAsJdkTypesAndComesBackTheSame() {
    ExportJob half = RUNNING.progress(200, T.plusSeconds(1));
    assertEquals(half, ExportJob.fromGrid(half.toGrid()));
    ExportJob failed = half.failed("SQLException", T.plusSeconds(2));
    assertEquals(failed, ExportJob.fromGrid(failed.toGrid()));
    assertEquals("SQLException", ExportJob.fromGrid(failed.toGrid()).error());
  }

  @Test
  void progressIsAPercentThatReaches100OnlyWhenDone() {
    assertEquals(0, RUNNING.percent());
    assertEquals(43, RUNNING.progress(200, T).percent());
    assertEquals(99, RUNNING.progress(461, T).percent(), "written, not yet moved into place");
    ExportJob done = RUNNING.done(461, T);
    assertEquals(100, done.percent());
    assertEquals(ExportJob.Status.DONE, done.status());
    assertNull(done.error());
  }

  @Test
  void theStartTimeShowsInWib() {
    assertEquals("2026-12-05 09:30 WIB", RUNNING.createdText());
  }
}
