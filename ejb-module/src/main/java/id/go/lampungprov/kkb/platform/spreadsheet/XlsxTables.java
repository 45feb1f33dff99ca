package id.go.lampungprov.kkb.platform.spreadsheet;

import static id.go.lampungprov.kkb.platform.spreadsheet.UploadedTables.refused;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an XLSX workbook with Apache POI's streaming reader (SAX, one row at
 * a time, secure XML parsing). {@link ZipBudget} first proves every part small enough by inflating
 * it, so POI never opens a zip bomb. Numbers come out as plain decimals ("18", "-5.1234"), cells
 * formatted as dates as ISO dates, so a sheet typed in Excel or LibreOffice reads like the CSV.
 */
final class XlsxTables {

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_SHARED_STRINGS =
      ("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")
          .getBytes(StandardCharsets.UTF_8);

  private XlsxTables() {}

  static boolean looksLikeZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spooled upload", e);
    }
  }

  static Table read(Path file, SheetLimits limits) {
    if (!looksLikeZip(file)) {
      throw refused(
          "content-type-mismatch",
          "this is not an XLSX workbook; send a CSV file as text/csv, or save the sheet as .xlsx");
    }
    Map<String, Long> sizes = ZipBudget.check(file);
    TableBuilder table = new TableBuilder(limits);
    try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      ZipBudget.requireSmall(workbook, sizes);
      XSSFReader reader = new XSSFReader(workbook);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      if (!sheets.hasNext()) {
        throw refused("xlsx-unreadable", "the workbook has no worksheet");
      }
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new CellTextLimit(
              new XSSFSheetXMLHandler(
                  styles(reader), sharedStrings(reader), new Rows(table), new PlainValues(), false),
              limits.maxCellChars()));
      try (InputStream sheet = sheets.next()) {
        xml.parse(new InputSource(sheet));
      }
      return table.build();
    } catch (InvalidInputException e) {
      throw e;
    } catch (Exception e) {
      throw refusal(e);
    }
  }

  /**
   * A limit broken inside the SAX callbacks, found however the parser wrapped it; else POI's many
   * ways of saying "not a workbook" (format, XML, relationships, zip), whose messages may name the
   * temporary file and so are not passed on.
   */
  private static RuntimeException refusal(Exception thrown) {
    for (Throwable t = thrown; t != null; t = nextCause(t)) {
      if (t instanceof Rows.Refused r) {
        return r.refusal();
      }
      if (t instanceof CellTextLimit.TooLongException) {
        return refused("max-cell-length", t.getMessage());
      }
      if (t instanceof LimitedInputStream.LimitExceededException) {
        return refused("max-uncompressed-size", "a part of the workbook is too large");
      }
    }
    return refused("xlsx-unreadable", "the file is not a readable XLSX workbook");
  }

  private static Throwable nextCause(Throwable t) {
    Throwable next =
        t instanceof SAXException s && s.getException() != null ? s.getException() : t.getCause();
    return next == t ? null : next;
  }

  /** The number formats, which tell date cells; POI's defaults where the workbook has none. */
  private static StylesTable styles(XSSFReader reader) throws IOException {
    InputStream data = optional(reader::getStylesData);
    if (data == null) {
      return new StylesTable();
    }
    try (InputStream in = new LimitedInputStream(data, ZipBudget.MAX_INDEX_PART_BYTES, "styles")) {
      return new StylesTable(in);
    }
  }

  private static SharedStrings sharedStrings(XSSFReader reader) throws IOException, SAXException {
    InputStream data = optional(reader::getSharedStringsData);
    if (data == null) {
      return new ReadOnlySharedStringsTable(new ByteArrayInputStream(EMPTY_SHARED_STRINGS), false);
    }
    try (InputStream in = new LimitedInputStream(data, ZipBudget.MAX_PART_BYTES, "strings")) {
      return new ReadOnlySharedStringsTable(in, false);
    }
  }

  /** A part the workbook may lack: null when it has none. */
  private static InputStream optional(Part part) throws IOException {
    try {
      return part.open();
    } catch (InvalidFormatException | POIXMLException e) {
      return null;
    }
  }

  @FunctionalInterface
  private interface Part {
    InputStream open() throws IOException, InvalidFormatException;
  }

  /** Passes POI's cells to the table; a limit broken inside SAX comes out as {@link Refused}. */
  private record Rows(TableBuilder table) implements XSSFSheetXMLHandler.SheetContentsHandler {

    static final class Refused extends RuntimeException {
      private static final long serialVersionUID = 1L;
      private final transient RuntimeException refusal;

      Refused(RuntimeException refusal) {
        super(refusal.getMessage(), null, false, false);
        this.refusal = refusal;
      }

      RuntimeException refusal() {
        return refusal;
      }
    }

    @Override
    public void startRow(int rowNum) {
      table.startRow(rowNum + 1);
    }

    @Override
    public void endRow(int rowNum) {
      guard(table::endRow);
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      guard(() -> table.cell(column(reference), value));
    }

    private static void guard(Runnable step) {
      try {
        step.run();
      } catch (RuntimeException e) {
        throw new Refused(e);
      }
    }
  }

  /**
   * "C12" → 2 (zero-based). Counts at most eight letters, so a reference like {@code ZZZZZZ2}
   * yields a large column the table refuses instead of an overflow or a huge array.
   */
  static long column(String reference) {
    if (reference == null) {
      return -1;
    }
    long column = 0;
    for (int i = 0;
        i < reference.length() && i < 8 && Character.isLetter(reference.charAt(i));
        i++) {
      column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
    }
    return column - 1;
  }

  /** Numbers as plain decimals and date-formatted numbers as ISO dates, whatever the locale. */
  private static final class PlainValues extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (formatString != null
          && DateUtil.isADateFormat(formatIndex, formatString)
          && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value).toLocalDate().toString();
      }
      return NumberToTextConverter.toText(value);
    }
  }
}
