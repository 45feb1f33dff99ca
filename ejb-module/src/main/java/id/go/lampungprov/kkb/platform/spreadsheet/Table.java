package id.go.lampungprov.kkb.platform.spreadsheet;

import java.util.List;

/**
 * A header and rows of text cells, each row with the line (CSV) or row number (XLSX) staff see in
 * their editor, so an error report points at the right place. Blank rows are dropped.
 */
public record Table(List<String> header, List<Row> rows) {

  public record Row(int line, List<String> cells) {

    /** The cell in {@code column}, or "" where the row is shorter. */
    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  public Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public static Table empty() {
    return new Table(List.of(), List.of());
  }

  /** Whether the header is exactly {@code columns}, in order. */
  public boolean hasHeader(List<String> columns) {
    return header.equals(columns);
  }
}
