package id.go.lampungprov.kkb.platform.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180, CRLF, UTF-8) through Commons CSV: a comment line {@code # title} first (Commons
 * CSV, pandas and R skip it when told that {@code #} starts a comment; a spreadsheet shows it as
 * the first row), then the header, then the rows, each text value guarded by {@link
 * SpreadsheetText}.
 */
final class CsvTableSink implements TableSink {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#').get();

  private final Writer writer;
  private final CSVPrinter printer;
  private long rows;

  CsvTableSink(OutputStream out, String title, List<String> header) throws IOException {
    writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    printer = new CSVPrinter(writer, FORMAT);
    printer.printComment(title.replace('\r', ' ').replace('\n', ' '));
    printer.printRecord(safe(header));
  }

  @Override
  public void row(List<?> cells) throws IOException {
    printer.printRecord(safe(cells));
    rows++;
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    // Flushed, not closed: the stream belongs to the caller (a response, a file).
    printer.flush();
    writer.flush();
  }

  @Override
  public void discard() {
    // Nothing held beyond the writer's buffer; the caller abandons the stream.
  }

  private static List<String> safe(List<?> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      out.add(
          cell == null
              ? ""
              : cell instanceof Number n ? n.toString() : SpreadsheetText.safe(cell.toString()));
    }
    return out;
  }
}
