package id.go.lampungprov.kkb.platform.export;

import java.util.List;
import java.util.Map;

/**
 * One export ready to write: the list's name and title, the filters it was asked with (for the file
 * name and the first line), its columns and its rows.
 *
 * @param name the list's name in file names and job requests, e.g. {@code kampung-kb}
 * @param title the first line's description of the list, in Bahasa Indonesia
 * @param filters the filters given, in the list's order, blank ones left out
 */
public record ExportTable<T>(
    String name,
    String title,
    Map<String, String> filters,
    List<ExportColumn<T>> columns,
    RowSource<T> rows) {

  public List<String> header() {
    return columns.stream().map(ExportColumn::header).toList();
  }

  public List<Object> cells(T row) {
    List<Object> cells = new java.util.ArrayList<>(columns.size());
    for (ExportColumn<T> c : columns) {
      cells.add(c.value().apply(row));
    }
    return cells;
  }
}
