package id.go.lampungprov.kkb.reports.engine;

import java.io.File;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * When and how a document is too large to keep all its filled pages on the heap. The national recap
 * with a page per province (about 600 lines, 80 pages) is the case in mind; the Lampung recap, even
 * with a page per regency, stays below the limit and renders without the cost of swapping.
 */
final class LargeReports {

  /** Detail rows of one document above which filled pages go to a swap file. */
  static final int MAX_ROWS_ON_HEAP = 500;

  /** Pages kept on the heap; about three pages per part, so a part's chart and table stay warm. */
  private static final int PAGES_ON_HEAP = 24;

  /** A recap page serializes to some tens of KB: 8 KB blocks, grown 64 at a time (512 KB). */
  private static final int BLOCK_BYTES = 8192;

  private static final int GROW_BLOCKS = 64;

  private LargeReports() {}

  /**
   * A virtualizer with its own swap file in the JVM's temporary directory; the caller must call
   * {@code cleanup()}, which also deletes the file (the virtualizer owns it).
   */
  static JRSwapFileVirtualizer virtualizer() {
    JRSwapFile swap =
        new JRSwapFile(
            new File(System.getProperty("java.io.tmpdir")).getAbsolutePath(),
            BLOCK_BYTES,
            GROW_BLOCKS);
    return new JRSwapFileVirtualizer(PAGES_ON_HEAP, swap, true);
  }
}
