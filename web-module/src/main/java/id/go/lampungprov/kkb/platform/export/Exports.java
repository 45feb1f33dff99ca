package id.go.lampungprov.kkb.platform.export;

import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.platform.spreadsheet.TableSink;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes an {@link ExportTable} as CSV or XLSX, chunk by chunk, and names it: {@code
 * kampung-kb_1807_ACTIVE_20261205-0930.xlsx} (the list, the filters' values, the time in WIB); the
 * first line says the same in words.
 */
public final class Exports {

  public static final String CSV = "text/csv";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Lampung's time (WIB), in which staff read the time an export was made. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
  private static final DateTimeFormatter TITLE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'");
  private static final int MAX_NAME_PART = 30;

  private Exports() {}

  /**
   * The {@code format} query parameter: absent for the JSON list, else {@code xlsx} or {@code csv}.
   */
  public static Optional<TableFormat> format(String raw) {
    return Filters.given(raw).map(Exports::requiredFormat);
  }

  /** A format that must be given (a background job's). */
  public static TableFormat requiredFormat(String raw) {
    String text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "xlsx" -> TableFormat.XLSX;
      case "csv" -> TableFormat.CSV;
      default ->
          throw new InvalidInputException(
              "format", "enum", "format must be xlsx or csv, was '" + raw + "'");
    };
  }

  /** The list's filters from a query string or a job's request; others and blank ones dropped. */
  public static Map<String, String> filters(
      ExportableList list, Map<String, ? extends List<String>> given) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String name : list.filterNames()) {
      List<String> values = given.get(name);
      if (values != null && !values.isEmpty()) {
        Filters.given(values.get(0)).ifPresent(v -> filters.put(name, v));
      }
    }
    return filters;
  }

  public static String fileName(ExportTable<?> table, TableFormat format, ZonedDateTime at) {
    StringBuilder name = new StringBuilder("kampung-kb");
    if (!"kampung-kb".equals(table.name())) {
      name.append('-').append(table.name());
    }
    for (String value : table.filters().values()) {
      String part = value.replaceAll("[^A-Za-z0-9-]", "");
      if (!part.isEmpty()) {
        name.append('_').append(part, 0, Math.min(part.length(), MAX_NAME_PART));
      }
    }
    return name.append('_')
        .append(FILE_TIME.format(at.withZoneSameInstant(ZONE)))
        .append('.')
        .append(format.name().toLowerCase(Locale.ROOT))
        .toString();
  }

  /** The first line: what the list is, with which filters, made when. */
  public static String title(ExportTable<?> table, ZonedDateTime at) {
    String filters =
        table.filters().isEmpty()
            ? "tanpa filter"
            : table.filters().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    return table.title()
        + " | filter: "
        + filters
        + " | dibuat "
        + TITLE_TIME.format(at.withZoneSameInstant(ZONE));
  }

  public static String mediaType(TableFormat format) {
    return format == TableFormat.CSV ? "text/csv; charset=UTF-8" : format.mediaType();
  }

  /**
   * Writes every row, calling {@code progress} with the rows written after each chunk.
   *
   * @return the rows written
   */
  public static <T> long write(
      ExportTable<T> table,
      TableFormat format,
      OutputStream out,
      ZonedDateTime at,
      LongConsumer progress)
      throws IOException {
    TableSink sink =
        TableSink.open(format, out, sheetName(table), title(table, at), table.header());
    try {
      for (List<T> chunk = table.rows().next(); !chunk.isEmpty(); chunk = table.rows().next()) {
        for (T row : chunk) {
          sink.row(table.cells(row));
        }
        progress.accept(sink.rows());
      }
      sink.close();
      return sink.rows();
    } catch (IOException | RuntimeException e) {
      sink.discard();
      throw e;
    }
  }

  /**
   * What every list endpoint answers: without {@code format}, the page (or list) {@code page}
   * reads, as JSON; with {@code format=xlsx|csv}, every row matching the same filters as a file
   * ({@link #download}). An unknown format is refused before anything is read.
   */
  public static Response pageOrFile(
      String format,
      ExportableList list,
      Map<String, ? extends List<String>> query,
      Supplier<?> page) {
    Optional<TableFormat> file = format(format);
    if (file.isPresent()) {
      return download(list, file.get(), query);
    }
    return Response.ok(page.get()).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * The list as a download: the first chunk is read before the answer starts, so invalid filters, a
   * role or a scope the caller lacks answer with the list's own problem, not a broken file.
   */
  public static Response download(
      ExportableList list, TableFormat format, Map<String, ? extends List<String>> query) {
    // A list under a record (one event's participants) gets the record from its path: the caller
    // passes it as the filter, so it shows in the file name and the first line too.
    ExportTable<?> table = list.table(filters(list, query));
    table.rows().total();
    ZonedDateTime now = ZonedDateTime.now(ZONE);
    StreamingOutput body = out -> write(table, format, out, now, rows -> {});
    return Answers.attachment(body, mediaType(format), fileName(table, format, now))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static String sheetName(ExportTable<?> table) {
    return table.title();
  }
}
