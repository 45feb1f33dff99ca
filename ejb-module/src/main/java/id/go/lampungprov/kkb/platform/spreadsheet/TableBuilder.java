package id.go.lampungprov.kkb.platform.spreadsheet;

import static id.go.lampungprov.kkb.platform.spreadsheet.UploadedTables.refused;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the cells of one file row by row and enforces the {@link SheetLimits} as each cell
 * arrives, so neither reader keeps more than the limits allow. The first row is the header; rows
 * without any value are dropped.
 */
final class TableBuilder {

  private final SheetLimits limits;
  private List<String> header;
  private final List<Table.Row> rows = new ArrayList<>();
  private String[] current;
  private int currentLine;
  private long chars;
  private long physicalRows;

  TableBuilder(SheetLimits limits) {
    this.limits = limits;
  }

  void startRow(int line) {
    // Empty rows cost only parsing time, but a file of nothing else is not an import either.
    if (++physicalRows > limits.maxRows() * 5L) {
      throw refused(
          "max-rows",
          "the file has more than " + limits.maxRows() * 5L + " rows, empty ones included");
    }
    current = new String[limits.columns()];
    currentLine = line;
  }

  /** One cell; {@code column} is zero-based and may be far beyond the template. */
  void cell(long column, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (column < 0 || column >= limits.columns()) {
      if (value.isBlank()) {
        return;
      }
      throw refused(
          "max-columns",
          "row "
              + currentLine
              + " has a value in column "
              + (column + 1)
              + "; the template has "
              + limits.columns()
              + " columns");
    }
    if (value.length() > limits.maxCellChars()) {
      throw refused(
          "max-cell-length",
          "row "
              + currentLine
              + ", column "
              + (column + 1)
              + " holds more than "
              + limits.maxCellChars()
              + " characters");
    }
    chars += value.length();
    if (chars > limits.maxChars()) {
      throw refused("max-size", "the file holds more than " + limits.maxChars() + " characters");
    }
    current[(int) column] = value;
  }

  void endRow() {
    List<String> cells = dense(current);
    current = null;
    if (header == null) {
      header = cells.stream().map(String::strip).toList();
    } else if (cells.stream().anyMatch(v -> !v.isBlank())) {
      if (rows.size() == limits.maxRows()) {
        throw refused("max-rows", "at most " + limits.maxRows() + " rows per file; split it");
      }
      rows.add(new Table.Row(currentLine, cells));
    }
  }

  Table build() {
    return header == null ? Table.empty() : new Table(header, rows);
  }

  /** The cells up to the last one with a value, gaps as "". */
  private static List<String> dense(String[] cells) {
    int last = cells.length - 1;
    while (last >= 0 && cells[last] == null) {
      last--;
    }
    return Arrays.stream(cells, 0, last + 1).map(v -> v == null ? "" : v).toList();
  }
}
