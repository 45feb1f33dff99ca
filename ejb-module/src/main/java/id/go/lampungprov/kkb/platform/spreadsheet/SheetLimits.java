package id.go.lampungprov.kkb.platform.spreadsheet;

/**
 * What an uploaded table may hold. Every limit is checked while reading, before the memory it
 * guards is spent, so a hostile file is refused instead of filling the heap.
 *
 * @param columns the template's width: a value in a column beyond it refuses the file
 * @param maxRows rows with a value, the header excepted
 * @param maxCellChars characters in one cell
 * @param maxChars characters kept from the whole file
 */
public record SheetLimits(int columns, int maxRows, int maxCellChars, long maxChars) {

  /** Bytes of an upload as sent (CSV text or the XLSX zip). */
  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  /** The default row limit: the whole country has about 20,000 Kampung KB. */
  public static final int MAX_ROWS = 20_000;

  public SheetLimits {
    if (columns < 1 || maxRows < 1 || maxCellChars < 1 || maxChars < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** The limits for an import template of {@code columns} columns. */
  public static SheetLimits forTemplate(int columns) {
    return new SheetLimits(columns, MAX_ROWS, 1_000, 16_000_000L);
  }
}
