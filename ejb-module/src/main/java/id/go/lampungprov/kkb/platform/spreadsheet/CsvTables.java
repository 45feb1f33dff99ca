package id.go.lampungprov.kkb.platform.spreadsheet;

import static id.go.lampungprov.kkb.platform.spreadsheet.UploadedTables.refused;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with Apache Commons CSV: RFC 4180 quoting, quoted cells spanning lines, a
 * byte-order mark, and the {@code ;} separator that Excel writes where the decimal sign is a comma
 * (Indonesian locale). The file must be UTF-8 ("CSV UTF-8" in Excel's save dialog).
 */
final class CsvTables {

  /** How far the header line is looked at to choose the separator. */
  private static final int HEADER_PEEK = 64 * 1024;

  private CsvTables() {}

  static Table read(Path file, SheetLimits limits) {
    if (XlsxTables.looksLikeZip(file)) {
      throw refused(
          "content-type-mismatch",
          "this is an XLSX workbook, not CSV: send it as "
              + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream bytes = Files.newInputStream(file);
        BufferedReader text = new BufferedReader(new InputStreamReader(bytes, utf8))) {
      skipByteOrderMark(text);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(separator(text))
              .setIgnoreEmptyLines(false)
              .get();
      return records(format.parse(text), limits);
    } catch (CharacterCodingException e) {
      throw notUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spooled upload", e);
    }
  }

  private static Table records(CSVParser parser, SheetLimits limits) {
    TableBuilder table = new TableBuilder(limits);
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      // A record starts on the line after the last one read: quoted cells may span lines.
      long line = parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return table.build();
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          throw notUtf8();
        }
        throw refused("csv-syntax", "the CSV cannot be read from line " + line + " on");
      } catch (IllegalStateException e) {
        // Commons CSV's word for an unterminated quote or a character after a closing quote.
        throw refused(
            "csv-syntax",
            "line " + line + ": a quoted cell is not closed or is followed by other characters");
      }
      table.startRow((int) Math.min(line, Integer.MAX_VALUE));
      for (int c = 0; c < record.size(); c++) {
        table.cell(c, record.get(c));
      }
      table.endRow();
    }
  }

  private static void skipByteOrderMark(BufferedReader text) throws IOException {
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
  }

  /** ';' when the header line has more semicolons than commas outside quotes, else ','. */
  private static char separator(BufferedReader text) throws IOException {
    text.mark(HEADER_PEEK);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0, c; i < HEADER_PEEK && (c = text.read()) >= 0; i++) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    text.reset();
    return semicolons > commas ? ';' : ',';
  }

  private static RuntimeException notUtf8() {
    return refused(
        "utf-8", "the file is not UTF-8 text: in Excel choose \"CSV UTF-8\" when saving");
  }
}
