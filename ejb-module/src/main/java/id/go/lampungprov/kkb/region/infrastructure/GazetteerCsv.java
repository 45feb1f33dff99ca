package id.go.lampungprov.kkb.region.infrastructure;

import id.go.lampungprov.kkb.platform.csv.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled gazetteer files ({@code code,parent_code,name}; provinces have no parent
 * column). Names may be quoted and contain commas or doubled quotes, e.g. {@code "Lubuk Pakam
 * I,II"}.
 */
final class GazetteerCsv {

  static final String BASE = "region/gazetteer/";

  private GazetteerCsv() {}

  /** Streams the rows of one file (without its header) to {@code row}. */
  static void read(String file, Consumer<List<String>> row) {
    String path = BASE + file + ".csv.gz";
    InputStream raw = GazetteerCsv.class.getClassLoader().getResourceAsStream(path);
    if (raw == null) {
      throw new IllegalStateException("gazetteer file missing from the build: " + path);
    }
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      String line = in.readLine(); // header
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          row.accept(split(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  static List<String> split(String line) {
    return Csv.split(line);
  }
}
