package id.go.lampungprov.kkb.region.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the bundled gazetteer files ({@code code,parent_code,name}; provinces have no parent
 * column). Names may be quoted and contain commas or doubled quotes, e.g. {@code "Lubuk Pakam
 * I,II"}.
 */
final class GazetteerCsv {

  static final String BASE = "region/gazetteer/";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get();

  private GazetteerCsv() {}

  /** Streams the rows of one file (without its header) to {@code row}. */
  static void read(String file, Consumer<List<String>> row) {
    String path = BASE + file + ".csv.gz";
    InputStream raw = GazetteerCsv.class.getClassLoader().getResourceAsStream(path);
    if (raw == null) {
      throw new IllegalStateException("gazetteer file missing from the build: " + path);
    }
    try (Reader in = new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8);
        CSVParser records = FORMAT.parse(in)) {
      for (CSVRecord record : records) {
        row.accept(record.toList());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }

  /** One line's fields, as {@link #read} gives them. */
  static List<String> split(String line) {
    try (CSVParser records = CSVFormat.RFC4180.parse(new StringReader(line))) {
      return records.getRecords().get(0).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
